import type { EditableCategoryDto } from '../../../contract';
import { questionsOf, versionOf, type Category } from '../../../domain/catalog/Category';

export function toEditableCategoryDto(category: Category): EditableCategoryDto {
  return {
    id: category._id,
    name: category.name,
    icon: category.icon,
    timeLimitDays: category.timeLimitDays,
    active: category.active,
    questions: questionsOf(category),
    version: versionOf(category),
  };
}
