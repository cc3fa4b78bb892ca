<#import "common.ftl" as c>
<#-- Lu en entier lorsque l'appelant choisit cette option dans le menu vocal (article 13, paragraphes 1 et 2) ; une phrase par ligne. -->
Vous écoutez l'information complète sur la manière dont ${controller.companyName} utilise vos données à caractère personnel lorsque vous nous appelez.
Le responsable du traitement est ${controller.companyName}, ${controller.address}.
<#if controller.dpoName??>Vous pouvez joindre notre délégué à la protection des données, ${controller.dpoName}, à l'adresse ${controller.dataProtectionContact}.<#else>Pour toute question relative à la protection des données, écrivez-nous à l'adresse ${controller.dataProtectionContact}.</#if>
Nous utilisons ce que vous nous dites pendant l'appel, votre numéro de téléphone et l'heure de l'appel pour traiter votre demande.
La base juridique est l'exécution d'un contrat ou de mesures précontractuelles (article 6, paragraphe 1, point b), du RGPD) et, pour les autres demandes, notre intérêt légitime à répondre à nos clients (article 6, paragraphe 1, point f), du RGPD).
Si vous nous interrogez sur vos données à caractère personnel ou exercez vos droits à leur égard, nous traitons cette demande parce que le RGPD nous y oblige (<@c.requestBasis/>).
Si votre appel est interrompu après qu'un de nos conseillers a décroché, nous pouvons vous rappeler une fois au numéro depuis lequel vous appelez, uniquement pour terminer cette conversation (article 6, paragraphe 1, point f), du RGPD).
<#if recordingBasis == "CONSENT">Nous n'enregistrons un appel que si vous y avez consenti au début de celui-ci (article 6, paragraphe 1, point a), du RGPD) ; vous pouvez retirer votre consentement à tout moment.<#else>Nous enregistrons les appels sur la base de notre intérêt légitime (article 6, paragraphe 1, point f), du RGPD) ; vous pouvez vous y opposer.</#if>
Nos prestataires informatiques et de téléphonie traitent les données pour notre compte et selon nos instructions.
Nous conservons les données de l'appel le temps nécessaire au traitement de votre demande, puis uniquement pendant les durées prévues par la loi ou nécessaires à la défense de nos droits en justice ; notre politique de confidentialité indique chacune de ces durées.
Nous ne prenons aucune décision vous concernant fondée exclusivement sur un traitement automatisé.
Vous avez le droit d'accéder à vos données, de les faire rectifier ou effacer, d'en faire limiter le traitement, le droit à leur portabilité et le droit de vous opposer au traitement fondé sur notre intérêt légitime.
Vous pouvez introduire une réclamation auprès d'une autorité de contrôle, notamment dans l'État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise ; l'autorité compétente à notre égard est ${controller.supervisoryAuthority.name}.
La communication de vos données est facultative, mais sans elles nous ne pouvons pas traiter votre demande.
Notre politique de confidentialité complète est disponible à l'adresse ${controller.privacyPolicyUrl}
