import { useTranslation } from 'react-i18next';
import type { SteeringLayer } from '../../../../contracts/steering.ts';
import { layerText } from '../steering-texts.ts';

/** A layer in words, with a colour and a step marker (1–4) so it never rests on colour alone. */
export function LayerBadge({ layer }: { layer: SteeringLayer }) {
  const { t } = useTranslation();
  const step = { facilitate: 1, frameworks: 2, compel: 3, take_over: 4 }[layer];
  return (
    <span className={`ws-layer ws-layer--${layer}`}>
      <span className="ws-layer__step" aria-hidden="true">
        {step}
      </span>
      {layerText(t, layer)}
    </span>
  );
}
