<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: wij hebben meer tijd nodig">
<@c.greeting/>

Wij hebben uw verzoek op ${receivedAt} ontvangen en zouden u normaal uiterlijk op ${deadline} antwoorden. Helaas hebben wij meer tijd nodig: wij antwoorden u uiterlijk op ${extendedDeadline} (artikel 12 lid 3 AVG).

Waarom wij meer tijd nodig hebben
<@c.explainReasons/>

Onze excuses voor de vertraging. Hebt u intussen vragen? <@c.replyTo/>.

<@c.signature/>
