<#if recordingBasis == "CONSENT">
Nous souhaitons enregistrer cet appel afin de pouvoir prouver son contenu et traiter les réclamations.
${controller.companyName} n'enregistre les appels qu'avec votre consentement, conformément à l'article 6, paragraphe 1, point a), du RGPD.
Si vous acceptez l'enregistrement, appuyez sur la touche 1 ou dites « oui ». Sans votre consentement, l'appel ne sera pas enregistré.
Vous pouvez retirer votre consentement à tout moment ; cela ne remet pas en cause la licéité de l'enregistrement effectué auparavant (article 7, paragraphe 3, du RGPD).
<#else>
Cet appel est enregistré par ${controller.companyName} afin de pouvoir prouver son contenu et traiter les réclamations.
Nous l'enregistrons sur la base de notre intérêt légitime, conformément à l'article 6, paragraphe 1, point f), du RGPD.
Vous pouvez vous opposer à l'enregistrement (article 21 du RGPD) : dites-le maintenant et l'appel se poursuivra sans enregistrement.
</#if>
Questions sur la protection des données : ${controller.dataProtectionContact}. Toutes les informations figurent dans notre politique de confidentialité : ${controller.privacyPolicyUrl}
