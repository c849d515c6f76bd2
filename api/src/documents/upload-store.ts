import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { notFound } from '@vigil/ml/errors';

export interface UploadMeta {
  id: string;
  ownerId: string;
  filename: string;
  mediaType: string | null;
  bytes: number;
  createdAt: string;
}

/** Uploaded files waiting for `ingestDocument(input: { uploadId })`: one file and its metadata per upload. */
export class UploadStore {
  constructor(private readonly dir: string) {}

  async put(ownerId: string, bytes: Uint8Array, filename: string, mediaType: string | null): Promise<UploadMeta> {
    await mkdir(this.dir, { recursive: true });
    const meta: UploadMeta = { id: `upl_${randomUUID()}`, ownerId, filename, mediaType, bytes: bytes.byteLength, createdAt: new Date().toISOString() };
    await writeFile(this.file(meta.id), bytes);
    await writeFile(this.file(meta.id) + '.json', JSON.stringify(meta));
    return meta;
  }

  /** The upload's bytes, if `ownerId` made it (anyone else gets NOT_FOUND, as for an unknown id). */
  async take(id: string, ownerId: string): Promise<{ meta: UploadMeta; bytes: Uint8Array }> {
    if (!/^upl_[0-9a-f-]{36}$/.test(id)) throw notFound('upload', id);
    let meta: UploadMeta;
    try {
      meta = JSON.parse(await readFile(this.file(id) + '.json', 'utf8')) as UploadMeta;
    } catch {
      throw notFound('upload', id);
    }
    if (meta.ownerId !== ownerId) throw notFound('upload', id);
    return { meta, bytes: new Uint8Array(await readFile(this.file(id))) };
  }

  async remove(id: string): Promise<void> {
    await rm(this.file(id), { force: true });
    await rm(this.file(id) + '.json', { force: true });
  }

  private file(id: string): string {
    return path.join(this.dir, id);
  }
}
