<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: waar u nu terechtkunt">
<@c.greeting/>

Het spijt ons dat onze antwoorden uw zorgen over uw verzoek van ${receivedAt} niet hebben weggenomen. Wij hebben het nog eens bekeken en blijven bij ons standpunt, zoals wij dat aan u hebben uitgelegd.
<#if explanation??>

${explanation}
</#if>
<#if reasons?has_content>

Onze redenen
<@c.explainReasons/>
</#if>

U hoeft ons standpunt niet te aanvaarden: u kunt het onafhankelijk laten toetsen.

<@c.remedies/>

<@c.signature/>
