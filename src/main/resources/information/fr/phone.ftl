Bonjour, vous êtes en communication avec ${controller.companyName?remove_ending(".")}.
Nous utilisons les informations que vous nous donnez au cours de cet appel pour traiter votre demande ; si elle porte sur vos données à caractère personnel ou sur vos droits, nous la traitons parce que le RGPD nous y oblige.
Vous pouvez nous demander l'accès à vos données, leur rectification ou leur effacement, et vous disposez d'autres droits, dont celui d'introduire une réclamation auprès de ${controller.supervisoryAuthority.name}.
Pour toute question relative à la protection des données, écrivez-nous à l'adresse ${controller.dataProtectionContact}.
Vous trouverez toutes les informations dans notre politique de confidentialité, à l'adresse ${controller.privacyPolicyUrl}.
