<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): unsere Antwort">
<@c.greeting/>

vielen Dank für Ihren Antrag vom ${receivedAt}. Wir haben ihn vollständig erledigt. Im Folgenden lesen Sie, was wir getan haben.
<@c.outcomes/>

Wenn etwas an dieser Antwort unklar ist oder Sie mit ihr nicht zufrieden sind, <@c.replyTo/>. Sie haben außerdem das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
