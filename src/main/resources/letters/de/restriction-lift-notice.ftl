<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): Wir heben die Einschränkung der Verarbeitung auf">
<@c.greeting/>

Auf Ihren Antrag vom ${receivedAt} haben wir die Verarbeitung Ihrer personenbezogenen Daten eingeschränkt (Art. 18 DSGVO). Wie gesetzlich vorgeschrieben, unterrichten wir Sie, bevor wir diese Einschränkung aufheben (Art. 18 Abs. 3 DSGVO). Von nun an verarbeiten wir Ihre Daten wieder zu den Zwecken, die wir Ihnen in unserer Antwort erläutert haben.
<#if reasonDetails??>

Begründung: ${reasonDetails}
</#if>

Wenn Sie damit nicht einverstanden sind, <@c.replyTo/>. Sie haben außerdem das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
