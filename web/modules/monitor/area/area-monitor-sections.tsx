import type { Area } from '../../../../contracts/areas.ts';
import { AreaCommunitySection } from './area-community-section.tsx';
import { AreaHappeningsSection } from './area-happenings-section.tsx';
import '../monitor.css';

/**
 * What the area page shows of the monitor, loaded as a chunk of its own (with its chart code)
 * after the page itself: "what is happening here" and the area's community power.
 */
export default function AreaMonitorSections({ area }: { area: Area }) {
  return (
    <>
      <AreaHappeningsSection area={area} />
      <AreaCommunitySection area={area} />
    </>
  );
}
