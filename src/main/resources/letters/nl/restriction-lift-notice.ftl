<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: wij heffen de beperking van de verwerking op">
<@c.greeting/>

Op uw verzoek van ${receivedAt} hebben wij de verwerking van uw persoonsgegevens beperkt (artikel 18 AVG). Zoals de wet voorschrijft, laten wij u dit weten voordat wij die beperking opheffen (artikel 18 lid 3 AVG). Vanaf nu verwerken wij uw gegevens weer voor de doeleinden die wij u in ons antwoord hebben uitgelegd.
<#if reasonDetails??>

Reden: ${reasonDetails}
</#if>

Bent u het hier niet mee eens? <@c.replyTo/>. U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
