/** Copies text; where the Clipboard API is refused (no permission, insecure page) it falls back
 * to selecting the given field and the legacy copy command. Resolves to whether it copied. */
export async function copyText(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement | null,
) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Offers `text` as a file download named `name`. */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
