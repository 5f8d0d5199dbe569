import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Area } from '../../../contracts/areas.ts';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { useLoad } from '../areas/use-load.ts';
import { monitorApi } from './monitor.api.ts';

/** Go to another area's dashboard: the municipality, a district, or a neighbourhood under its district. */
export function AreaPicker({ current, to }: { current: Area; to: (code: string) => string }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [code, setCode] = useState(current.code);
  const loaded = useLoad(async () => {
    const [municipality, districts, neighbourhoods] = await Promise.all([
      monitorApi.municipality(api),
      monitorApi.areas(api, 'district'),
      monitorApi.areas(api, 'neighbourhood'),
    ]);
    return { municipality, districts, neighbourhoods };
  }, 'areas');
  if (!loaded.data) return null;
  const { municipality, districts, neighbourhoods } = loaded.data;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return (
    <form
      className="ws-monitor-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (code !== current.code) void navigate(to(code));
      }}
    >
      <div className="utrecht-form-field ws-field">
        <label className="utrecht-form-label" htmlFor="monitor-area">
          {t('monitor.picker.label')}
        </label>
        <select
          id="monitor-area"
          className="utrecht-select utrecht-select--html-select"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        >
          {municipality && <option value={municipality.code}>{municipality.name}</option>}
          {[...districts].sort(byName).map((district) => (
            <optgroup key={district.id} label={district.name}>
              <option value={district.code}>{t('monitor.picker.wholeDistrict', { name: district.name })}</option>
              {neighbourhoods
                .filter((n) => n.parentId === district.id)
                .sort(byName)
                .map((n) => (
                  <option key={n.id} value={n.code}>
                    {n.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t('monitor.picker.submit')}
      </Button>
    </form>
  );
}
