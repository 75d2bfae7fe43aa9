import { defineMessages } from "@reskontra/i18n";

/** The invitation mail, in the inviter's language. */
export const organizationMailMessages = defineMessages({
  fi: {
    invitationSubject: "Kutsu Reskontraan: {organization}",
    invitationBody:
      "Hei,\n\n{inviter} kutsuu sinut organisaatioon {organization} Reskontrassa ({roles}).\n\nOta kutsu vastaan ja aseta salasanasi tästä linkistä:\n{link}\n\nLinkki on voimassa {days} vuorokautta ja toimii kerran. Jos et odottanut kutsua, voit jättää viestin huomiotta.",
    "role.user": "laskuttaja",
    "role.agent": "asiakaspalvelija",
    "role.organizer_admin": "palvelunjärjestäjän pääkäyttäjä",
    "role.company_admin": "yrityksen pääkäyttäjä",
    "role.accounting_admin": "tilitoimiston pääkäyttäjä",
    "role.user_manager": "käyttäjähallitsija",
    "role.product": "tuotekehitys",
    "role.platform_admin": "alustan ylläpitäjä",
  },
  en: {
    invitationSubject: "Invitation to Reskontra: {organization}",
    invitationBody:
      "Hello,\n\n{inviter} invites you to {organization} in Reskontra ({roles}).\n\nAccept the invitation and set your password with this link:\n{link}\n\nThe link is valid for {days} days and works once. If you did not expect this invitation, you can ignore this message.",
    "role.user": "invoicing user",
    "role.agent": "customer service agent",
    "role.organizer_admin": "organizer admin",
    "role.company_admin": "company admin",
    "role.accounting_admin": "accounting firm admin",
    "role.user_manager": "user manager",
    "role.product": "product team",
    "role.platform_admin": "platform administrator",
  },
});
