import type { LoadOptions } from './load.js';
import type { SchemaColumn } from './schema.js';

/** The 45 columns of the UNSW-NB15 partition files, in file order. */
export const UNSW_NB15_NAMES = [
  'id', 'dur', 'proto', 'service', 'state', 'spkts', 'dpkts', 'sbytes', 'dbytes', 'rate', 'sttl', 'dttl', 'sload',
  'dload', 'sloss', 'dloss', 'sinpkt', 'dinpkt', 'sjit', 'djit', 'swin', 'stcpb', 'dtcpb', 'dwin', 'tcprtt',
  'synack', 'ackdat', 'smean', 'dmean', 'trans_depth', 'response_body_len', 'ct_srv_src', 'ct_state_ttl',
  'ct_dst_ltm', 'ct_src_dport_ltm', 'ct_dst_sport_ltm', 'ct_dst_src_ltm', 'is_ftp_login', 'ct_ftp_cmd',
  'ct_flw_http_mthd', 'ct_src_ltm', 'ct_srv_dst', 'is_sm_ips_ports', 'attack_cat', 'label',
] as const;

const CATEGORICAL: readonly string[] = ['proto', 'service', 'state', 'attack_cat'];

/** `id` is a row index and is dropped; `label` (0 normal, 1 attack) is the target; `attack_cat` a categorical. */
export const UNSW_NB15_COLUMNS: readonly SchemaColumn[] = UNSW_NB15_NAMES.map((name): SchemaColumn => ({
  name,
  kind: name === 'id' ? 'drop' : name === 'label' ? 'label' : CATEGORICAL.includes(name) ? 'categorical' : 'numeric',
}));

/** Load options for the UNSW-NB15 partition CSVs (header row, BOM and CRLF handled by the parser). */
export const UNSW_NB15: LoadOptions = { delimiter: ',', header: true, columns: UNSW_NB15_COLUMNS };
