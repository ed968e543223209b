import { View } from '@tarojs/components';
import type { RosterImportDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import * as adminApi from '@/services/admin';
import { hideNotice, showFailure, showNotice } from '@/state/notice';
import { adminText } from '@/text/admin';
import { showDeviceFailure } from '@/utils/deviceFailure';

const t = adminText;

/** The file had a 民情档案 sheet (an import of people only says nothing of households). */
function hasHouseholds({ households }: RosterImportDto): boolean {
  return households.created + households.updated + households.unchanged + households.pending > 0;
}

/**
 * 花名册导入 with its template (people, and households in its 民情档案
 * sheet). The import is all or nothing; when a row is wrong the section
 * lists every problem as 表 第N行 · 列 · 问题 so it can be fixed in the
 * spreadsheet; the outcome counts people and households.
 */
export default function RosterImport() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RosterImportDto | null>(null);

  const importFile = async () => {
    if (busy) return;
    let file: Awaited<ReturnType<typeof adminApi.chooseRosterFile>>;
    try {
      file = await adminApi.chooseRosterFile();
    } catch (error) {
      await showDeviceFailure(error, adminText.fileFailures);
      return;
    }
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    showNotice(t.importing, 'loading', 60_000);
    try {
      const result = await adminApi.importRoster(file, t, (sofar) => {
        const { created, updated, unchanged, pending } = sofar.households;
        showNotice(t.importingHouseholds(created + updated + unchanged, pending), 'loading', 60_000);
      });
      setOutcome(result);
      if (result.written) showNotice(t.imported(result.created, result.updated, result.unchanged), 'success');
      else hideNotice();
    } catch (error) {
      hideNotice();
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const downloadTemplate = async () => {
    try {
      await adminApi.downloadRosterTemplate();
    } catch (error) {
      showFailure(error);
    }
  };

  return (
    <View className="gt-system__roster">
      <View className="gt-admin__card">
        <View className="gt-admin__title">{t.rosterTitle}</View>
        <View className="gt-admin__hint">{t.rosterHint}</View>
        <View className="gt-admin__hint">{t.rosterRules}</View>
        <Button className="gt-system__import" type="primary" loading={busy} disabled={busy} onClick={() => void importFile()}>
          {t.chooseFile}
        </Button>
        <View className="gt-admin__gap" />
        <Button className="gt-system__template" onClick={() => void downloadTemplate()}>
          {t.template}
        </Button>
      </View>
      {outcome && (
        <View className="gt-admin__card gt-system__outcome">
          <View className="gt-admin__title">
            {outcome.written ? t.imported(outcome.created, outcome.updated, outcome.unchanged) : t.notImported(outcome.problems.length)}
          </View>
          {outcome.written && hasHouseholds(outcome) && (
            <View className="gt-admin__line gt-system__households">
              {t.householdsImported(outcome.households.created, outcome.households.updated, outcome.households.unchanged)}
            </View>
          )}
          {outcome.written && outcome.households.pending > 0 && (
            <View className="gt-admin__line gt-system__problem">{t.householdsPending(outcome.households.pending)}</View>
          )}
          {outcome.problems.map((problem, index) => (
            <View key={index} className="gt-admin__line gt-system__problem">
              {t.problem(problem.sheet, problem.row, problem.column, problem.message)}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
