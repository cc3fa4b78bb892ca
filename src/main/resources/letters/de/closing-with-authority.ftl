<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): An wen Sie sich jetzt wenden können">
<@c.greeting/>

es tut uns leid, dass unsere Antworten Ihre Bedenken zu Ihrem Antrag vom ${receivedAt} nicht ausräumen konnten. Wir haben ihn noch einmal geprüft und bleiben bei unserer Auffassung, wie wir sie Ihnen erläutert haben.
<#if explanation??>

${explanation}
</#if>
<#if reasons?has_content>

Unsere Gründe
<@c.explainReasons/>
</#if>

Sie müssen unsere Auffassung nicht hinnehmen: Sie können sie unabhängig überprüfen lassen.

<@c.remedies/>

<@c.signature/>
