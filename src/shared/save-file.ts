/**
 * Offers `text` to the person as a download, made in the browser from a Blob:
 * nothing is sent anywhere. The link lives inside the shadow root for the
 * moment it is clicked (Firefox ignores clicks on detached links).
 */
export function saveFile(root: ShadowRoot, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
