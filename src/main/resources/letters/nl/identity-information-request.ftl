<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: help ons uw identiteit te bevestigen">
<@c.greeting/>

Bedankt voor uw verzoek van ${receivedAt}. Voordat wij het kunnen behandelen, moeten wij zeker weten dat u de persoon bent op wie de gegevens betrekking hebben. Zo voorkomen wij dat iemand anders uw gegevens te zien krijgt of wijzigt (artikel 12 lid 6 AVG).

Stuur ons alstublieft het volgende:
${informationNeeded}

Wij ontvangen deze gegevens graag uiterlijk op ${informationDueBy}. <@c.replyTo/>. Wij gebruiken deze informatie alleen om uw identiteit te bevestigen.

<#if deadlineSuspended>Totdat wij de informatie hebben ontvangen, staat de termijn voor ons antwoord stil; die loopt verder zodra wij haar hebben.<#else>De termijn voor ons antwoord loopt intussen door: wij antwoorden u uiterlijk op ${deadline}.</#if> Als wij de informatie niet ontvangen, kunnen wij uw verzoek mogelijk niet behandelen (artikel 11 lid 2 en artikel 12 lid 6 AVG).

<@c.signature/>
