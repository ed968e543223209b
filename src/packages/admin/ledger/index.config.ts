import { ledgerText } from '../../../text/ledger';

export default definePageConfig({ navigationBarTitleText: ledgerText.title });
