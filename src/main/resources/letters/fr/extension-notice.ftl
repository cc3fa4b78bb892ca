<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : nous avons besoin de plus de temps">
<@c.greeting/>

Nous avons reçu votre demande le ${receivedAt} et aurions normalement dû y répondre au plus tard le ${deadline}. Nous avons malheureusement besoin de plus de temps : nous vous répondrons au plus tard le ${extendedDeadline} (article 12, paragraphe 3, du RGPD).

Pourquoi nous avons besoin de plus de temps
<@c.explainReasons/>

Nous vous prions de nous excuser pour ce retard. Si vous avez des questions d'ici là, il vous suffit de <@c.replyTo/>.

<@c.signature/>
