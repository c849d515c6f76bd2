import { registerEnumType } from 'type-graphql';

export enum ClassifierFamily {
  LOGISTIC = 'logistic',
  MLP = 'mlp',
  TREES = 'trees',
}
registerEnumType(ClassifierFamily, { name: 'ClassifierFamily', description: 'LOGISTIC regression, an MLP (TF.js), or a random forest (TREES).' });

export enum ClassifierTask {
  BINARY = 'binary',
  MULTICLASS = 'multiclass',
}
registerEnumType(ClassifierTask, { name: 'ClassifierTask', description: 'BINARY: normal vs attack. MULTICLASS: normal, DoS, Probe, R2L, U2R.' });

export enum TrainingDataKind {
  REAL = 'real',
  SYNTHETIC = 'synthetic',
  AUGMENTED = 'augmented',
}
registerEnumType(TrainingDataKind, {
  name: 'TrainingData',
  description: "REAL rows, a diffusion run's SYNTHETIC rows, or REAL plus synthetic rows of chosen classes (AUGMENTED).",
});

export enum ModelStatusName {
  TRAINING = 'training',
  READY = 'ready',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}
registerEnumType(ModelStatusName, { name: 'ClassifierStatus' });

export enum JobStateName {
  QUEUED = 'queued',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}
registerEnumType(JobStateName, { name: 'TrainingState' });

export enum SeverityName {
  LOW = 'low',
  MEDIUM = 'medium',
  HIGH = 'high',
  CRITICAL = 'critical',
}
registerEnumType(SeverityName, { name: 'Severity', description: 'LOW < MEDIUM < HIGH < CRITICAL' });

export enum ClassWeighting {
  NONE = 'none',
  SQRT = 'sqrt',
  BALANCED = 'balanced',
}
registerEnumType(ClassWeighting, { name: 'ClassWeighting', description: 'Row weights by class; SQRT is a mild correction for rare classes.' });
