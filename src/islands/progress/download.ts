/** Offers text to the learner as a downloaded file (progress and notebook exports). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The text of the file the learner just picked, or null; clears the input for the next pick. */
export async function readPickedFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : null;
}
