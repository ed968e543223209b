import { Input, View } from '@tarojs/components';
import type { DepartmentDto, PlaceDto } from '@contract';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import { adminText } from '@/text/admin';
import { UNCUT } from '@/utils/textLimit';
import PersonCard from './PersonCard';
import PersonFinder from './PersonFinder';
import { useDepartments, type DepartmentsState } from './useDepartments';

const t = adminText;

/** One department: what it takes, its staff (each can be removed), retire or restore, add staff by phone. */
function DepartmentCard({ state, department: d }: { state: DepartmentsState; department: DepartmentDto }) {
  const names = (ids: string[]) => ids.map((id) => state.list.data?.categories.find((c) => c.id === id)?.name ?? id).join('、');
  return (
    <View className="gt-admin__card gt-system__department" data-department={d.name}>
      <View className="gt-admin__title">
        {d.name}
        {d.active ? '' : t.departmentRetired}
      </View>
      <View className="gt-admin__line">{t.departmentLevels[d.level]}</View>
      <View className="gt-admin__line">{t.departmentTakes(names(d.categoryIds))}</View>
      {d.staff.length === 0 && <View className="gt-admin__line">{t.departmentStaff('')}</View>}
      {d.staff.map((person) => (
        <PersonCard key={person.id} name={person.name} phone={person.phone}>
          <Button size="small" onClick={() => void state.endStaff(d, person)}>
            {t.endDepartmentStaff(person.name)}
          </Button>
        </PersonCard>
      ))}
      <View className="gt-system__department-actions">
        {d.active && <Button onClick={() => state.openFinder(state.finderOf === d.id ? null : d.id)}>{t.addDepartmentStaff}</Button>}
        <Button onClick={() => void state.setActive(d, !d.active)}>{d.active ? t.retireDepartment : t.restoreDepartment}</Button>
      </View>
      {state.finderOf === d.id && (
        <PersonFinder
          found={state.found}
          onFound={state.setFound}
          actions={(person) => (
            <Button size="small" type="primary" onClick={() => void state.addStaff(d, person)}>
              {t.makeDepartmentStaff(d.name)}
            </Button>
          )}
        />
      )}
    </View>
  );
}

/** 添加部门: a name and the categories it takes. */
function NewDepartment({ state }: { state: DepartmentsState }) {
  const categories = state.list.data?.categories ?? [];
  return (
    <View className="gt-admin__card gt-system__new-department">
      <View className="gt-admin__title">{t.newDepartment}</View>
      <FormField error={state.nameError}>
        <Input
          className="gt-admin__input gt-system__department-name"
          value={state.name}
          maxlength={UNCUT}
          placeholder={t.departmentName}
          onInput={(e) => state.setName(e.detail.value)}
        />
      </FormField>
      <View className="gt-admin__label">{t.departmentCategories}</View>
      <ChoiceChips
        options={categories.map((c) => ({ value: c.id, label: c.name }))}
        selected={state.categoryIds}
        onToggle={state.toggleCategory}
      />
      <Button type="primary" onClick={() => void state.add()}>
        {t.addDepartment}
      </Button>
    </View>
  );
}

/** 部门 of the county or township browsed in 区划. */
export default function Departments({ place }: { place: PlaceDto }) {
  const state = useDepartments(place);
  const { list } = state;
  return (
    <View className="gt-system__departments">
      <View className="gt-admin__card">
        <View className="gt-admin__hint">{t.departmentsHint(place.name)}</View>
      </View>
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.data !== null}>
        {list.data?.departments.length === 0 && <View className="gt-admin__card">{t.noDepartments}</View>}
        {list.data?.departments.map((department) => (
          <DepartmentCard key={department.id} state={state} department={department} />
        ))}
        <NewDepartment state={state} />
      </LoadState>
    </View>
  );
}
