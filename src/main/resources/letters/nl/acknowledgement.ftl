<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber} is ontvangen">
<@c.greeting/>

<#if rights?has_content>
Wij hebben uw verzoek op ${receivedAt} ontvangen en geregistreerd onder zaaknummer ${caseNumber}. Uw verzoek gaat over:
<@c.rightList/>
<#else>
Wij hebben uw verzoek op ${receivedAt} ontvangen en geregistreerd onder zaaknummer ${caseNumber}. Wij lezen uw bericht nu om vast te stellen welke van uw rechten het betreft; ons antwoord gaat in op alles waar u om heeft gevraagd.
</#if>

Wat gebeurt er nu:
1. Wij controleren of u de persoon bent op wie de gegevens betrekking hebben, zodat niemand anders uw gegevens kan inzien of wijzigen. Als wij daarvoor meer informatie nodig hebben, vragen wij u erom.
2. Wij doorzoeken al onze systemen op persoonsgegevens van u.
3. Wij antwoorden u uiterlijk op ${deadline} (een maand nadat wij uw verzoek hebben ontvangen, artikel 12 lid 3 AVG). Als uw verzoek ingewikkeld is of als wij heel veel verzoeken ontvangen, hebben wij mogelijk maximaal twee maanden extra nodig. In dat geval laten wij u dat vóór ${deadline} weten, met de reden.

U hoeft nu niets te doen. Wilt u iets aan uw verzoek toevoegen? <@c.replyTo/>.

<@c.signature/>
