/** A chosen file as base64, for the JSON upload routes. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error(`无法读取文件 ${file.name}`));
    r.readAsDataURL(file);
  });
}

/** Product limit on one attachment, mirrored from the server so the user learns before uploading. */
export const MAX_UPLOAD_MB = 10;
