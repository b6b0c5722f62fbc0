/**
 * "Copy embed code": the <iframe> snippet that shows this widget, in its current state, on
 * another site, copied and shown in a field to copy by hand as well.
 */
import { useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';
import { iframeSnippet } from './embed';

interface Props {
  uid: string;
  /** What the widget is, for the iframe's title, e.g. "Balloon Lab: Isolate vs deflate". */
  title: string;
  /** The embed page's path for the widget as it is now (absolute URLs are made here). */
  path: () => string | Promise<string>;
  height: number;
}

export function EmbedCode({ uid, title, path, height }: Props) {
  const [snippet, setSnippet] = useState('');
  const text = async () => iframeSnippet(new URL(await path(), location.href).href, title, height);
  return (
    <div class="bl-embed">
      <CopyButton text={text} label="Copy embed code" onCopied={setSnippet} />
      {snippet && (
        <span class="bl-embed-code">
          <label for={`${uid}-embed`}>Embed code</label>
          <input
            id={`${uid}-embed`}
            type="text"
            readOnly
            value={snippet}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
        </span>
      )}
    </div>
  );
}
