/**
 * Hands a downloaded file to the browser, which saves it (a phone offers to open or share
 * it). Returns the name it was saved under.
 */
export function saveFile(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the file after click() returns; let it be for a while.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}
