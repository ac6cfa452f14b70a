/** Offers bytes as a file download through a Blob link (works in a browser and in Office's web views). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const YAML_TYPE = 'application/yaml';

export function downloadBytes(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the browser's download; the URL is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
