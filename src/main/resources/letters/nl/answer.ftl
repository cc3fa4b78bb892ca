<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: ons antwoord">
<@c.greeting/>

Bedankt voor uw verzoek van ${receivedAt}. Wij hebben het volledig afgehandeld. Hieronder leest u wat wij hebben gedaan.
<@c.outcomes/>

Is iets in dit antwoord onduidelijk, of bent u er niet tevreden mee? <@c.replyTo/>. U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
