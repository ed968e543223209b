import { Text, View } from '@tarojs/components';
import type { ContactCardDto, ContactDto } from '@contract';
import { homeText } from '@/text/home';
import { callPhone, formatPhone } from '@/utils/phone';
import './index.scss';

interface ContactCardProps {
  card: ContactCardDto;
}

/**
 * 便民联系卡: who serves the grid and a big button to call each of them.
 * The server puts the first responsible person first; a grid without members
 * shows the village's responsible people instead (level 'village').
 */
export default function ContactCard({ card }: ContactCardProps) {
  const villageFallback = card.contacts.length > 0 && card.contacts.every((c) => c.level === 'village');
  return (
    <View className="gt-contact-card">
      <View className="gt-contact-card__header">
        <Text className="gt-contact-card__title">{homeText.contactCard.title}</Text>
        <Text className="gt-contact-card__place">{homeText.contactCard.subtitle(card.village.name, card.grid.name)}</Text>
      </View>
      {villageFallback && <View className="gt-contact-card__hint">{homeText.contactCard.villageFallbackHint}</View>}
      {card.contacts.length === 0 ? (
        <View className="gt-contact-card__empty">{homeText.contactCard.empty}</View>
      ) : (
        card.contacts.map((contact, index) => <ContactRow key={`${contact.phone}-${contact.title}-${index}`} contact={contact} />)
      )}
    </View>
  );
}

function ContactRow({ contact }: { contact: ContactDto }) {
  return (
    <View className="gt-contact-card__contact">
      <View className="gt-contact-card__who">
        <Text className="gt-contact-card__name">{contact.name}</Text>
        <Text className="gt-contact-card__role">{contact.title}</Text>
        {contact.firstResponsible && (
          <Text className="gt-contact-card__badge">
            {contact.level === 'village' ? homeText.contactCard.villageLevel : homeText.contactCard.firstResponsible}
          </Text>
        )}
      </View>
      {contact.duties.length > 0 && (
        <View className="gt-contact-card__duties">
          {homeText.contactCard.duties}
          {contact.duties.join('、')}
        </View>
      )}
      <View
        className="gt-contact-card__phone"
        hoverClass="gt-contact-card__phone--active"
        ariaRole="button"
        ariaLabel={homeText.contactCard.callLabel(contact.name, contact.phone)}
        onClick={() => callPhone(contact.phone)}
      >
        <Text className="gt-contact-card__phone-label">{homeText.contactCard.call}</Text>
        <Text className="gt-contact-card__phone-number">{formatPhone(contact.phone)}</Text>
      </View>
    </View>
  );
}
