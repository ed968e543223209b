import { View } from '@tarojs/components';
import { useState } from 'react';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { madeBefore, useStepKey } from '@/hooks/useStepKey';
import * as adminApi from '@/services/admin';
import { showNotice } from '@/state/notice';
import { adminText } from '@/text/admin';
import { stepText } from '@/text/steps';
import { submitWithNotice } from '@/utils/submit';
import Breadcrumbs from './Breadcrumbs';
import ChildPlaces from './ChildPlaces';
import PlaceNameForm from './PlaceNameForm';
import type { PlaceBrowser } from './usePlaceBrowser';

const t = adminText;

interface PlaceTreeProps {
  browser: PlaceBrowser;
  onShowPeople: () => void;
}

/**
 * 区划: the administrator's jurisdiction one level at a time (县 → 乡镇 →
 * 村（社区） → 网格), with the way back up, the places under the one shown,
 * and adding a place under it (under the page's step key: the same on a
 * resend after a lost answer, so the place is added once) or renaming it.
 */
export default function PlaceTree({ browser, onShowPeople }: PlaceTreeProps) {
  const [renaming, setRenaming] = useState(false);
  const data = browser.data;
  const addKey = useStepKey('place', data, browser.reload);

  const open = (placeId: string) => {
    setRenaming(false);
    browser.open(placeId);
  };
  const done = (ok: boolean) => {
    if (ok) {
      setRenaming(false);
      browser.reload();
    }
    return ok;
  };
  const add = async (name: string) => {
    const result = await submitWithNotice(() => adminApi.addPlace(data!.place.id, name, addKey.current), t.added(name));
    addKey.settle(result);
    // The key already added this place (its answer was lost): the form empties onto the list, never adding a second.
    const addedBefore = !result.ok && madeBefore(result.error) !== null;
    if (addedBefore) showNotice(stepText.addedBefore, 'success', 6000);
    return done(result.ok || addedBefore);
  };
  const rename = async (name: string) =>
    done((await submitWithNotice(() => adminApi.renamePlace(data!.place.id, name), t.renamed(name))).ok);

  return (
    <LoadState loading={browser.loading} error={browser.error} onRetry={browser.reload} hasData={data !== null}>
      {data && (
        <View className="gt-system__places">
          <View className="gt-admin__card">
            {data.trail.length > 0 && <Breadcrumbs places={[...data.trail, data.place]} onOpen={open} />}
            <View className="gt-admin__title gt-system__place-name">
              {data.place.name}
              <View className="gt-system__level">{t.levelNames[data.place.level]}</View>
            </View>
            <View className="gt-admin__hint">{data.trail.length > 0 ? t.placesBackHint : t.placesHint}</View>
            {renaming ? (
              <PlaceNameForm
                key={data.place.id}
                className="gt-system__rename"
                label={t.renameLabel(data.place.name)}
                placeholder={t.namePlaceholder[data.place.level]}
                confirmText={t.save}
                initial={data.place.name}
                onSubmit={rename}
                onCancel={() => setRenaming(false)}
              />
            ) : (
              <View className="gt-system__place-actions">
                <Button className="gt-system__rename-open" onClick={() => setRenaming(true)}>
                  {t.rename}
                </Button>
                <Button className="gt-system__people-open" onClick={onShowPeople}>
                  {t.viewPeople}
                </Button>
              </View>
            )}
          </View>
          <ChildPlaces data={data} onOpen={open} onAdd={add} />
        </View>
      )}
    </LoadState>
  );
}
