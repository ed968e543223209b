import { Input, Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { partyText } from '@/text/party';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { usePostForm } from './usePostForm';
import '../party.scss';

const t = partyText.postForm;

/** A post of a grid, new (`gridId`) or existing (`gridId` and `postId`). */
export default function PostFormPage() {
  const { remote, draft, errors, saving, change, save } = usePostForm();
  return (
    <PageShell className="gt-post-form">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={remote.data !== null}>
        {remote.data && draft && (
          <View className="gt-party__card">
            <View className="gt-party__meta">
              {t.grid}：{remote.data.grid.name}
            </View>
            <FormField label={t.kind} error={errors.kindId}>
              <ChoiceChips
                options={remote.data.kinds.map((kind) => ({ value: kind.id, label: kind.name }))}
                selected={[draft.kindId]}
                onToggle={(kindId) => change({ kindId })}
              />
            </FormField>
            <FormField label={t.title} error={errors.title} count={{ value: draft.title, max: textLimits.postTitle }}>
              <Input
                className="gt-field__input"
                value={draft.title}
                maxlength={UNCUT}
                placeholder={t.titlePlaceholder}
                onInput={(e) => change({ title: e.detail.value })}
              />
            </FormField>
            <FormField label={t.duties} error={errors.duties} count={{ value: draft.duties, max: textLimits.postDuties }}>
              <Textarea
                className="gt-field__textarea"
                value={draft.duties}
                maxlength={UNCUT}
                placeholder={t.dutiesPlaceholder}
                onInput={(e) => change({ duties: e.detail.value })}
              />
            </FormField>
            <FormField label={t.capacity} error={errors.capacity}>
              <Input
                className="gt-field__input"
                type="number"
                value={draft.capacity}
                maxlength={2}
                onInput={(e) => change({ capacity: e.detail.value })}
              />
            </FormField>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {t.save}
            </Button>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
