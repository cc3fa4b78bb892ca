<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): Wir brauchen mehr Zeit">
<@c.greeting/>

wir haben Ihren Antrag am ${receivedAt} erhalten und würden Ihnen normalerweise bis zum ${deadline} antworten. Leider brauchen wir mehr Zeit: Wir antworten Ihnen spätestens bis zum ${extendedDeadline} (Art. 12 Abs. 3 DSGVO).

Warum wir mehr Zeit brauchen
<@c.explainReasons/>

Bitte entschuldigen Sie die Verzögerung. Wenn Sie in der Zwischenzeit Fragen haben, <@c.replyTo/>.

<@c.signature/>
