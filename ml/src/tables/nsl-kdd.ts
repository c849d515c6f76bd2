import { badInput } from '../errors/index.js';
import { type CategoricalData, MISSING_CODE } from './column.js';
import type { LoadOptions } from './load.js';
import type { SchemaColumn } from './schema.js';
import type { Table } from './table.js';

/** The 41 NSL-KDD features in file order (KDD Cup '99 names), then `label` and `difficulty`. */
export const NSL_KDD_FEATURES = [
  'duration', 'protocol_type', 'service', 'flag', 'src_bytes', 'dst_bytes', 'land', 'wrong_fragment', 'urgent',
  'hot', 'num_failed_logins', 'logged_in', 'num_compromised', 'root_shell', 'su_attempted', 'num_root',
  'num_file_creations', 'num_shells', 'num_access_files', 'num_outbound_cmds', 'is_host_login', 'is_guest_login',
  'count', 'srv_count', 'serror_rate', 'srv_serror_rate', 'rerror_rate', 'srv_rerror_rate', 'same_srv_rate',
  'diff_srv_rate', 'srv_diff_host_rate', 'dst_host_count', 'dst_host_srv_count', 'dst_host_same_srv_rate',
  'dst_host_diff_srv_rate', 'dst_host_same_src_port_rate', 'dst_host_srv_diff_host_rate', 'dst_host_serror_rate',
  'dst_host_srv_serror_rate', 'dst_host_rerror_rate', 'dst_host_srv_rerror_rate',
] as const;

export const NSL_KDD_CATEGORICAL: readonly string[] = ['protocol_type', 'service', 'flag'];

/** Binary flags (land, logged_in, is_host_login, is_guest_login) stay numeric, as in the usual NSL-KDD pipelines. */
export const NSL_KDD_COLUMNS: readonly SchemaColumn[] = [
  ...NSL_KDD_FEATURES.map((name): SchemaColumn => ({ name, kind: NSL_KDD_CATEGORICAL.includes(name) ? 'categorical' : 'numeric' })),
  { name: 'label', kind: 'label' },
  { name: 'difficulty', kind: 'drop' },
];

/** Load options for the original NSL-KDD text files: comma-separated, no header, 43 fields. */
export const NSL_KDD: LoadOptions = { delimiter: ',', header: false, columns: NSL_KDD_COLUMNS };

export type NslKddClass = 'normal' | 'DoS' | 'Probe' | 'R2L' | 'U2R';

/**
 * Attack name → category. The 22 training attacks follow `Attack Types.csv` (defcom17/NSL_KDD); the 17 names that
 * occur only in KDDTest+ follow the DARPA 1998/1999 attack taxonomy as used in most NSL-KDD papers. `httptunnel`
 * is put in R2L (DARPA 1999 lists it as remote-to-local). Some papers put it in U2R instead: that moves its 133
 * KDDTest+ rows, giving R2L 2,754 / U2R 200 there instead of 2,887 / 67 here. KDDTrain+ has no httptunnel rows.
 */
const ATTACK_CLASSES: Readonly<Record<Exclude<NslKddClass, 'normal'>, readonly string[]>> = {
  DoS: ['back', 'land', 'neptune', 'pod', 'smurf', 'teardrop', 'apache2', 'mailbomb', 'processtable', 'udpstorm'],
  Probe: ['ipsweep', 'nmap', 'portsweep', 'satan', 'mscan', 'saint'],
  R2L: [
    'ftp_write', 'guess_passwd', 'imap', 'multihop', 'phf', 'spy', 'warezclient', 'warezmaster',
    'named', 'sendmail', 'snmpgetattack', 'snmpguess', 'worm', 'xlock', 'xsnoop', 'httptunnel',
  ],
  U2R: ['buffer_overflow', 'loadmodule', 'perl', 'rootkit', 'ps', 'sqlattack', 'xterm'],
};

const CLASS_OF: ReadonlyMap<string, NslKddClass> = new Map<string, NslKddClass>([
  ['normal', 'normal'],
  ...Object.entries(ATTACK_CLASSES).flatMap(([cls, names]) => names.map((n): [string, NslKddClass] => [n, cls as NslKddClass])),
]);

/** The 5-class category of an NSL-KDD label ('normal' or an attack name). */
export function nslKddClass(attack: string): NslKddClass {
  const cls = CLASS_OF.get(attack);
  if (!cls) throw badInput(`unknown NSL-KDD attack name '${attack}'`, { attack });
  return cls;
}

export type NslKddLabelling = 'binary' | 'five-class';

export const NSL_KDD_LEVELS: Readonly<Record<NslKddLabelling, readonly string[]>> = {
  binary: ['normal', 'attack'],
  'five-class': ['normal', 'DoS', 'Probe', 'R2L', 'U2R'],
};

/**
 * Replaces the attack-name label with normal/attack or normal/DoS/Probe/R2L/U2R. Levels come in the fixed order
 * of NSL_KDD_LEVELS, so codes mean the same class in every table.
 */
export function relabelNslKdd(table: Table, labelling: NslKddLabelling, labelColumn = 'label'): Table {
  const source = table.categorical(labelColumn);
  const levels = NSL_KDD_LEVELS[labelling];
  const codeOfLevel = source.levels.map((name) => {
    const cls = nslKddClass(name);
    return labelling === 'binary' ? (cls === 'normal' ? 0 : 1) : levels.indexOf(cls);
  });
  const codes = source.codes.map((c) => (c === MISSING_CODE ? MISSING_CODE : codeOfLevel[c]!));
  const data: CategoricalData = { type: 'categorical', codes, levels };
  return table.withColumn({ name: labelColumn, kind: 'label' }, data);
}
