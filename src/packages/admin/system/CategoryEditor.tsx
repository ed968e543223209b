import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EditableCategoryDto } from '@contract';
import Icon from '@/components/Icon';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { adminText } from '@/text/admin';
import CategoryFormPanel from './CategoryFormPanel';
import { useCategoryEditor, type CategoryEditorState } from './useCategoryEditor';

const t = adminText.categories;

/** One category in the list: its icon, name, limit and questions; move, edit, retire or restore. */
function CategoryRow({ state, category: c, index }: { state: CategoryEditorState; category: EditableCategoryDto; index: number }) {
  return (
    <View className={`gt-admin__card gt-system__category gt-system__category--${c.id}`} data-category={c.name}>
      <View className="gt-admin__title">
        <Icon value={c.icon} size={24} /> {c.name}
        {c.active ? '' : t.retired}
      </View>
      <View className="gt-admin__line">
        {t.limit(c.timeLimitDays)} · {t.questionCount(c.questions.length)}
      </View>
      {c.questions.map((q) => (
        <View key={q.id} className="gt-admin__hint">
          {q.label}（{t.kinds[q.kind]}，{q.required ? t.required : t.optional}）
        </View>
      ))}
      {state.editable && (
        <View className="gt-system__stepper">
          <Button size="small" disabled={index === 0} onClick={() => state.move(c, -1)}>
            {t.up}
          </Button>
          <Button size="small" disabled={index === state.categories.length - 1} onClick={() => state.move(c, 1)}>
            {t.down}
          </Button>
          <Button size="small" className="gt-system__category-edit" onClick={() => state.open(c)}>
            {t.edit}
          </Button>
          <Button size="small" onClick={() => void state.setActive(c, !c.active)}>
            {c.active ? t.retire : t.restore}
          </Button>
        </View>
      )}
    </View>
  );
}

/** 诉求类别: the list in the order residents see it, and the form that adds or edits one. */
export default function CategoryEditor() {
  const state = useCategoryEditor();
  const { list } = state;
  return (
    <View className="gt-system__categories">
      <View className="gt-admin__card">
        <View className="gt-admin__title">{t.title}</View>
        <View className="gt-admin__hint">{state.editable || !list.data ? t.hint : t.readOnly}</View>
        {state.editable && !state.form && (
          <Button className="gt-system__category-add" type="primary" onClick={() => state.open(null)}>
            {t.add}
          </Button>
        )}
      </View>
      {state.editable && (
        <View
          className="gt-admin__card gt-system__proxy-catalogue"
          ariaRole="link"
          onClick={() => void Taro.navigateTo({ url: '/packages/proxy/catalogue/index' })}
        >
          <View className="gt-admin__title">{t.proxyCatalogue} ›</View>
          <View className="gt-admin__hint">{t.proxyCatalogueHint}</View>
        </View>
      )}
      <CategoryFormPanel state={state} />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.data !== null}>
        {state.categories.map((category, index) => (
          <CategoryRow key={category.id} state={state} category={category} index={index} />
        ))}
      </LoadState>
    </View>
  );
}
