/**
 * Copies text to the clipboard; resolves false when the browser refuses (no permission, or an
 * insecure context) so the caller can say so instead of pretending.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
