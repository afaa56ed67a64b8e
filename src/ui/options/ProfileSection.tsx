/** The user's own hospitals and wards, one per line; they fill the self-identity rules' lists. */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { OptionsActions, OptionsData } from './types';

const lines = (text: string) => [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];

export function ProfileSection({ data, actions, t }: { data: OptionsData; actions: OptionsActions; t: Translate }) {
  const [hospitals, setHospitals] = useState(data.ownHospitals.join('\n'));
  const [wards, setWards] = useState(data.ownWards.join('\n'));
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setHospitals(data.ownHospitals.join('\n'));
    setWards(data.ownWards.join('\n'));
  }, [data.ownHospitals.join('\n'), data.ownWards.join('\n')]);
  const save = async () => {
    await actions.setProfile({ ownHospitals: lines(hospitals), ownWards: lines(wards) });
    setSaved(true);
  };
  return (
    <section aria-labelledby="profile-title" data-section="profile">
      <h2 id="profile-title">{t('profileTitle')}</h2>
      <p class="muted">{t('profileIntro')}</p>
      <label class="block">
        {t('profileHospitals')}
        <textarea rows={3} value={hospitals} data-field="hospitals" onInput={(e) => (setHospitals((e.currentTarget as HTMLTextAreaElement).value), setSaved(false))} />
      </label>
      <label class="block">
        {t('profileWards')}
        <textarea rows={3} value={wards} data-field="wards" onInput={(e) => (setWards((e.currentTarget as HTMLTextAreaElement).value), setSaved(false))} />
      </label>
      <button type="button" onClick={() => void save()}>{t('save')}</button> {saved && <span role="status">{t('saved')}</span>}
    </section>
  );
}
