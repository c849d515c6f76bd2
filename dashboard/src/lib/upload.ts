export interface UploadResult {
  uploadId: string;
  filename: string;
  bytes: number;
}

/**
 * Sends a file to `POST /upload` with its upload progress (fetch cannot report it), authenticated with the
 * session's bearer token. Rejects with the API's own message.
 */
export function uploadFile(file: File, token: string, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('x-filename', encodeURIComponent(file.name));
    if (file.type) xhr.setRequestHeader('content-type', file.type);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      let body: { uploadId?: string; filename?: string; bytes?: number; error?: { message: string } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // fall through to the status message
      }
      if (xhr.status === 201 && body.uploadId) resolve({ uploadId: body.uploadId, filename: body.filename ?? file.name, bytes: body.bytes ?? file.size });
      else reject(new Error(body.error?.message ?? `upload failed with HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('the upload could not reach the API'));
    xhr.send(file);
  });
}
