import { isRootScope } from '../../domain/admin/requireAdminOver';
import { CATEGORY_ICONS } from '../../domain/catalog/categoryIcons';
import { questionLimits } from '../../domain/catalog/categoryQuestions';
import { defineAction } from '../../shared/defineAction';
import { toEditableCategoryDto } from './support/categoryDto';
import { allCategories, findPlace } from './support/store';

/** 诉求类别 for the editor: all of them in order, retired ones too, and whether the caller may change them (the county's administrator). */
export const categories = defineAction('admin', 'categories', {
  access: 'administrators',
  async run(_input, { db, caller }) {
    const [scope, found] = await Promise.all([findPlace(db, caller.staffScopeId), allCategories(db)]);
    const { questions, minOptions, maxOptions, textMax } = questionLimits;
    return {
      categories: found.map(toEditableCategoryDto),
      icons: [...CATEGORY_ICONS],
      editable: isRootScope(scope),
      limits: { questions, minOptions, maxOptions, textMax },
    };
  },
});
