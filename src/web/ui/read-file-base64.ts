/** Bytes → base64 in chunks, so a 10 MB file does not overflow the argument list of `String.fromCharCode`. */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunkSize = 0x8000;
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize));
  }
  return btoa(binary);
}

/** A picked file as the `{ fileName, contentBase64 }` the import endpoints take. */
export async function readFileAsUpload(file: File): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, contentBase64: bytesToBase64(bytes) };
}
