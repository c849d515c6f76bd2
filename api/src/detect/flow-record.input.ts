import { Field, Float, InputType } from 'type-graphql';
import { NSL_KDD_CATEGORICAL, NSL_KDD_FEATURES } from '@vigil/ml/tables';

/** A flow record with the 41 NSL-KDD features as typed fields (the same checks as a JSON record apply). */
@InputType({ description: 'One flow in the NSL-KDD schema: protocol_type, service and flag as strings, every other feature a number.' })
export class FlowRecordInput {
  [feature: string]: string | number;
}

for (const name of NSL_KDD_FEATURES) {
  const categorical = NSL_KDD_CATEGORICAL.includes(name);
  Field(() => (categorical ? String : Float))(FlowRecordInput.prototype, name);
}
