import { Image, View } from '@tarojs/components';
import Button from '@/components/Button';
import ButtonRow from '@/components/ButtonRow';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';
import { formatDateTime } from '@/utils/time';
import type { SavedFiling, SavedFilings as SavedFilingsState } from './useSavedFilings';
import './savedFilings.scss';

const t = requestsText.saved;

/** The whole filing, as it will be sent (查看). */
function FilingWhole({ filing }: { filing: SavedFiling['filing'] }) {
  const { payload } = filing;
  return (
    <View className="gt-saved__whole">
      {filing.kind === 'fileOnBehalf' && (
        <View className="gt-saved__line">{t.forResident(filing.payload.residentName, filing.payload.household)}</View>
      )}
      <View className="gt-saved__text">{payload.text}</View>
      {payload.location?.address && <View className="gt-saved__line">{t.address(payload.location.address)}</View>}
      {filing.photos.length > 0 && (
        <View className="gt-saved__photos">
          {filing.photos.map((photo) => (
            <Image key={photo.local} className="gt-saved__photo" src={photo.local} mode="aspectFill" />
          ))}
        </View>
      )}
    </View>
  );
}

/** What to do with it: open the request once sent; else 查看, and 删除 (重新发送 after a refusal). */
function CardActions({ card, saved }: { card: SavedFiling; saved: SavedFilingsState }) {
  const key = card.filing.clientKey;
  if (card.state === 'sent') {
    return (
      <Button type="primary" className="gt-saved__open" onClick={() => saved.openRequest(card.requestId)}>
        {t.openRequest}
      </Button>
    );
  }
  return (
    <ButtonRow>
      <Button className="gt-saved__view" onClick={() => saved.toggle(key)}>
        {saved.opened === key ? t.hide : t.view}
      </Button>
      {card.state === 'failed' && <Button onClick={() => saved.retry(key)}>{t.retry}</Button>}
      <Button className="gt-saved__delete" onClick={() => void saved.remove(key)}>
        {t.delete}
      </Button>
    </ButtonRow>
  );
}

function SavedCard({ card, saved }: { card: SavedFiling; saved: SavedFilingsState }) {
  const { filing } = card;
  const title = card.state === 'sent' ? t.sent : card.state === 'failed' ? `${t.failed}${filing.error ?? ''}` : t.waiting;
  return (
    <View className={cx('gt-saved', `gt-saved--${card.state}`)}>
      <View className="gt-saved__title">{title}</View>
      {card.state === 'waiting' && <View className="gt-saved__hint">{t.waitingHint}</View>}
      <View className="gt-saved__summary">{t.summary(filing.categoryName, filing.payload.text)}</View>
      <View className="gt-saved__line">
        {t.photos(filing.photos.length)} · {t.savedAt(formatDateTime(new Date(filing.createdAt).toISOString()))}
      </View>
      {saved.opened === filing.clientKey && card.state !== 'sent' && <FilingWhole filing={filing} />}
      <CardActions card={card} saved={saved} />
    </View>
  );
}

/** 已保存在手机上: the filings this form kept on the phone, each until it is sent (then 已发送) or deleted. */
export default function SavedFilings({ saved }: { saved: SavedFilingsState }) {
  if (saved.cards.length === 0) return null;
  return (
    <View className="gt-saved-list">
      {saved.cards.map((card) => (
        <SavedCard key={card.filing.clientKey} card={card} saved={saved} />
      ))}
    </View>
  );
}
