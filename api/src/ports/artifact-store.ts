/** Model weights and checkpoints: a directory on the embedded default, a shared volume in Kubernetes. */
export interface ArtifactStore {
  put(key: string, data: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  list(prefix: string): Promise<string[]>;
  ping(): Promise<void>;
}
