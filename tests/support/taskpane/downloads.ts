/**
 * jsdom has no Blob URLs and no downloads: the pane's download (a Blob link clicked) is caught here as what a
 * browser would save — file name and bytes. The e2e tests download for real in Chromium.
 */
export interface Download {
  fileName: string;
  blob: Blob;
}

export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${next++}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => blobs.delete(url),
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob !== undefined) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}

export async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await download.blob.arrayBuffer());
}
