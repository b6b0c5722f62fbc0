import { describe, expect, it } from 'vitest';
import { parsePatch, seedPatch } from '../../src/components/lib/seed';

describe('the seed patch', () => {
  const files = seedPatch();

  it('has the two files of the patch with their hunks', () => {
    expect(files.map((f) => [f.file, f.hunks.length])).toEqual([
      ['include/linux/balloon_compaction.h', 3],
      ['mm/balloon_compaction.c', 5],
    ]);
  });

  it('counts 26 insertions and 39 deletions, as the diffstat says', () => {
    const all = files.flatMap((f) => f.hunks.flatMap((h) => h.lines));
    expect(all.filter((l) => l.kind === 'add')).toHaveLength(26);
    expect(all.filter((l) => l.kind === 'remove')).toHaveLength(39);
  });

  it('unwraps lines the e-mail archive wrapped', () => {
    const [header] = files;
    const context = header.hunks[0].lines.map((l) => l.text);
    expect(context).toContain(
      ' * procedure (from a page standpoint), it might bring some racy situations while',
    );
    expect(header.hunks[1].header).toBe(
      '@@ -93,8 +95,7 @@ static inline struct balloon_dev_info *balloon_page_device(struct page *page)',
    );
  });

  it('moves balloon_page_finalize() before spin_unlock in the migrate hunk', () => {
    const migrate = files[1].hunks[4].lines;
    const added = migrate.filter((l) => l.kind === 'add').map((l) => l.text.trim());
    const removed = migrate.filter((l) => l.kind === 'remove').map((l) => l.text.trim());
    expect(removed).toContain('spin_unlock_irqrestore(&balloon_pages_lock, flags);');
    expect(added).toContain('spin_unlock_irqrestore(&balloon_pages_lock, flags);');
  });

  it('stops a hunk at its line counts, not at the signature', () => {
    const [file] = parsePatch('+++ b/x.c\n@@ -1,2 +1,1 @@\n a\n-b\n-- \n2.51.0\n');
    expect(file.hunks[0].lines).toEqual([
      { kind: 'context', text: 'a' },
      { kind: 'remove', text: 'b' },
    ]);
  });
});
