// Task: which tfjs backend the ML workers compute on (for health and run metadata).
import { initBackend } from '@vigil/ml/tf';

export default async function probeBackend(): Promise<string> {
  return (await initBackend()).detail;
}
