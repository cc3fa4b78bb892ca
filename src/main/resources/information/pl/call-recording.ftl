<#if recordingBasis == "CONSENT">
Chcielibyśmy nagrać tę rozmowę, aby móc wykazać jej przebieg i rozpatrywać reklamacje.
${controller.companyName} nagrywa rozmowy wyłącznie za Pani/Pana zgodą (art. 6 ust. 1 lit. a RODO).
Jeżeli zgadza się Pani/Pan na nagrywanie, prosimy nacisnąć 1 albo powiedzieć „tak”. Bez tej zgody rozmowa nie będzie nagrywana.
Zgodę można w każdej chwili wycofać; nie wpływa to na zgodność z prawem nagrania dokonanego przed jej wycofaniem (art. 7 ust. 3 RODO).
<#else>
Rozmowa jest nagrywana przez ${controller.companyName} w celu wykazania jej przebiegu i rozpatrywania reklamacji, co stanowi nasz prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO).
Może Pani/Pan wnieść sprzeciw wobec nagrywania (art. 21 RODO) – wystarczy powiedzieć to teraz, a rozmowa będzie kontynuowana bez nagrywania.
</#if>
Pytania dotyczące ochrony danych: ${controller.dataProtectionContact}. Pełne informacje w polityce prywatności: ${controller.privacyPolicyUrl}
