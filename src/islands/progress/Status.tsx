/** A status in words with an icon, never colour alone. */
export function Status({ yes, words }: { yes: boolean; words: [string, string] }) {
  return (
    <span class="progress-status" data-yes={yes ? 'true' : 'false'}>
      <span aria-hidden="true">{yes ? '✓' : '○'}</span> {yes ? words[0] : words[1]}
    </span>
  );
}
