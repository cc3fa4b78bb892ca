<#import "common.ftl" as c>
<#-- Pierwsza warstwa informacji o danych samego żądania, w każdym potwierdzeniu (art. 12 ust. 1, art. 13). -->
Jak wykorzystujemy dane z żądania: administratorem danych osobowych zawartych w żądaniu i w korespondencji w tej sprawie jest ${controller.companyName}, ${controller.address}.
Dane te przetwarzamy wyłącznie w celu rozpatrzenia żądania i wykazania, w jaki sposób zostało ono rozpatrzone.
Zobowiązuje nas do tego RODO (<@c.requestBasis/>).
Dane przechowujemy przez ${retention} od zakończenia sprawy, a następnie je usuwamy.
Przysługuje Pani/Panu prawo dostępu do tych danych, ich sprostowania i ograniczenia ich przetwarzania, a także prawo żądania ich usunięcia – usuniemy je, chyba że przepisy zobowiązują nas do ich przechowywania.
Może Pani/Pan wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim swojego zwykłego pobytu lub miejsca pracy; właściwym dla nas organem jest ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).
<@c.contact/>
Pełne informacje o przetwarzaniu danych osobowych: ${fullPolicyUrl}
