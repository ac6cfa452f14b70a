/** Why a button cannot be used now, beside it and read with it (the button points here with aria-describedby). */
import { Text } from '@fluentui/react-components';

export function WhyDisabled({ id, reason }: { id: string; reason: string | null }) {
  return reason === null ? null : <Text size={200} id={id}>{reason}</Text>;
}
