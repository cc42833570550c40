Belarusian/JJ President/NNP Alexander/NNP Lukashenko/NNP said/VBD on/IN Tuesday/NNP that/IN his/PRP$ army/NN would/MD hold/VB joint/JJ exercises/NNS with/IN Russian/JJ forces/NNS near/IN the/DT Polish/JJ border/NN next/JJ month/NN ./.
At/IN least/JJS 12/CD people/NNS were/VBD killed/VBN and/CC dozens/NNS more/JJR were/VBD wounded/VBN when/WRB a/DT car/NN bomb/NN exploded/VBD outside/IN a/DT police/NN station/NN in/IN the/DT northern/JJ city/NN of/IN Kirkuk/NNP ,/, officials/NNS said/VBD ./.
Russia/NNP attacks/VBZ Ukrainian/JJ energy/NN facilities/NNS almost/RB every/DT night/NN ,/, and/CC the/DT attacks/NNS have/VBP left/VBN millions/NNS of/IN people/NNS without/IN power/NN ./.
The/DT United/NNP Nations/NNPS Security/NNP Council/NNP will/MD meet/VB on/IN Friday/NNP to/TO discuss/VB the/DT fighting/NN in/IN Sudan/NNP ,/, where/WRB tens/NNS of/IN thousands/NNS of/IN civilians/NNS have/VBP fled/VBN their/PRP$ homes/NNS ./.
"/" We/PRP will/MD not/RB negotiate/VB under/IN fire/NN "/" ,/, Foreign/NNP Minister/NNP Dmytro/NNP Kuleba/NNP told/VBD reporters/NNS in/IN Brussels/NNP ./.
Israeli/JJ troops/NNS opened/VBD fire/NN on/IN a/DT crowd/NN near/IN the/DT Rafah/NNP crossing/NN ,/, according/VBG to/TO the/DT Gaza/NNP health/NN ministry/NN ,/, which/WDT said/VBD four/CD people/NNS had/VBD been/VBN killed/VBN ./.
Police/NNS fired/VBD tear/NN gas/NN and/CC water/NN cannon/NN at/IN thousands/NNS of/IN protesters/NNS who/WP had/VBD gathered/VBN outside/IN parliament/NN to/TO demand/VB the/DT government/NN 's/POS resignation/NN ./.
The/DT opposition/NN protests/VBZ every/DT election/NN result/NN it/PRP does/VBZ not/RB like/VB ,/, a/DT senior/JJ official/NN of/IN the/DT ruling/VBG party/NN said/VBD ./.
Iran/NNP has/VBZ denied/VBN supplying/VBG drones/NNS to/TO Russia/NNP ,/, but/CC Western/JJ intelligence/NN officials/NNS say/VBP the/DT evidence/NN is/VBZ overwhelming/JJ ./.
The/DT European/NNP Union/NNP agreed/VBD a/DT new/JJ package/NN of/IN sanctions/NNS against/IN Moscow/NNP on/IN Wednesday/NNP ,/, targeting/VBG banks/NNS ,/, shipping/NN companies/NNS and/CC more/JJR than/IN 100/CD individuals/NNS ./.
Washington/NNP sanctions/VBZ any/DT foreign/JJ bank/NN that/WDT helps/VBZ Tehran/NNP evade/VB the/DT oil/NN embargo/NN ,/, the/DT Treasury/NNP Department/NNP warned/VBD ./.
Turkish/JJ President/NNP Recep/NNP Tayyip/NNP Erdogan/NNP called/VBD on/IN both/DT sides/NNS to/TO return/VB to/TO the/DT negotiating/NN table/NN ./.
Rebels/NNS carried/VBD out/RP a/DT series/NN of/IN raids/NNS on/IN army/NN posts/NNS overnight/RB ,/, and/CC the/DT military/NN said/VBD it/PRP had/VBD killed/VBN 30/CD of/IN the/DT attackers/NNS ./.
The/DT talks/NNS in/IN Doha/NNP broke/VBD down/RP on/IN Thursday/NNP after/IN Hamas/NNP rejected/VBD an/DT Israeli/JJ proposal/NN for/IN a/DT six-week/JJ truce/NN ./.
"/" Nobody/NN talks/VBZ about/IN the/DT refugees/NNS anymore/RB ,/, "/" said/VBD Amina/NNP Yusuf/NNP ,/, who/WP runs/VBZ a/DT clinic/NN in/IN the/DT camp/NN ./.
The/DT court/NN rules/VBZ on/IN the/DT appeal/NN next/JJ week/NN ,/, and/CC lawyers/NNS for/IN the/DT former/JJ prime/JJ minister/NN expect/VBP a/DT verdict/NN that/WDT could/MD end/VB his/PRP$ political/JJ career/NN ./.
Under/IN the/DT new/JJ rules/NNS ,/, asylum/NN seekers/NNS who/WP arrive/VBP by/IN boat/NN will/MD be/VB detained/VBN and/CC sent/VBN back/RB within/IN 28/CD days/NNS ./.
Ukraine/NNP 's/POS military/JJ intelligence/NN agency/NN claimed/VBD responsibility/NN for/IN the/DT drone/NN strike/NN on/IN an/DT oil/NN refinery/NN in/IN southern/JJ Russia/NNP ./.
The/DT Kremlin/NNP dismissed/VBD the/DT claims/NNS as/IN "/" absurd/JJ "/" and/CC said/VBD the/DT refinery/NN fire/NN had/VBD been/VBN caused/VBN by/IN an/DT accident/NN ./.
Kyiv/NNP claims/VBZ it/PRP has/VBZ shot/VBN down/RP 40/CD of/IN the/DT 45/CD drones/NNS launched/VBN overnight/RB ,/, but/CC debris/NN still/RB fell/VBD on/IN several/JJ residential/JJ buildings/NNS ./.
Did/VBD the/DT president/NN know/VB about/IN the/DT plot/NN before/IN it/PRP happened/VBD ?/.
Investigators/NNS are/VBP still/RB trying/VBG to/TO establish/VB whether/IN the/DT gunmen/NNS had/VBD help/NN from/IN inside/IN the/DT prison/NN ./.
The/DT army/NN shelled/VBD villages/NNS along/IN the/DT border/NN for/IN a/DT third/JJ day/NN ,/, and/CC residents/NNS said/VBD a/DT shell/NN had/VBD hit/VBN the/DT only/JJ school/NN in/IN Kfar/NNP Kila/NNP ./.
Separatists/NNS continued/VBD to/TO shell/VB the/DT outskirts/NNS of/IN the/DT town/NN despite/IN the/DT ceasefire/NN agreed/VBN in/IN Minsk/NNP ,/, and/CC the/DT army/NN says/VBZ it/PRP will/MD shell/VB their/PRP$ positions/NNS in/IN return/NN if/IN the/DT attacks/NNS continue/VBP ./.
Pakistani/JJ police/NNS said/VBD they/PRP had/VBD defused/VBN a/DT bomb/NN planted/VBN under/IN a/DT bridge/NN on/IN the/DT main/JJ highway/NN to/TO Peshawar/NNP ./.
The/DT group/NN threatened/VBD to/TO bomb/VB government/NN buildings/NNS unless/IN its/PRP$ leader/NN was/VBD released/VBN from/IN custody/NN ,/, and/CC officials/NNS say/VBP such/JJ groups/NNS rarely/RB bomb/VBP targets/NNS they/PRP have/VBP named/VBN in/IN advance/NN ./.
Russia/NNP arms/VBZ the/DT junta/NN in/IN Mali/NNP ,/, while/IN the/DT West/NNP has/VBZ cut/VBN off/RP military/JJ aid/NN ,/, analysts/NNS said/VBD ./.
The/DT treaty/NN bans/VBZ the/DT sale/NN of/IN arms/NNS to/TO countries/NNS that/WDT are/VBP under/IN a/DT UN/NNP embargo/NN ,/, but/CC critics/NNS say/VBP it/PRP does/VBZ little/JJ to/TO stop/VB a/DT state/NN that/WDT arms/VBZ its/PRP$ own/JJ proxies/NNS ./.
Canada/NNP will/MD send/VB $/$ 500/CD million/CD in/IN humanitarian/JJ aid/NN to/TO Gaza/NNP and/CC the/DT West/NNP Bank/NNP ,/, Prime/NNP Minister/NNP Justin/NNP Trudeau/NNP announced/VBD ./.
Aid/NN workers/NNS say/VBP they/PRP can/MD not/RB reach/VB the/DT worst-hit/JJ areas/NNS because/IN the/DT roads/NNS have/VBP been/VBN mined/VBN ./.
The/DT money/NN will/MD aid/VB families/NNS whose/WP$ homes/NNS were/VBD destroyed/VBN in/IN the/DT earthquake/NN and/CC the/DT fighting/NN that/WDT followed/VBD ./.
Prosecutors/NNS filed/VBD charges/NNS of/IN treason/NN against/IN three/CD army/NN officers/NNS accused/VBN of/IN plotting/VBG a/DT coup/NN ./.
The/DT state/NN charges/VBZ the/DT defendants/NNS with/IN murder/NN ,/, kidnapping/NN and/CC membership/NN of/IN a/DT terrorist/JJ organisation/NN ./.
Mr./NNP Netanyahu/NNP has/VBZ denied/VBN the/DT charges/NNS and/CC called/VBN the/DT case/NN against/IN him/PRP a/DT "/" witch/NN hunt/NN "/" ./.
The/DT threats/NNS against/IN election/NN officials/NNS have/VBP grown/VBN so/RB serious/JJ that/IN some/DT counties/NNS have/VBP hired/VBN armed/JJ guards/NNS ./.
North/NNP Korea/NNP threatens/VBZ to/TO test/VB another/DT nuclear/JJ device/NN whenever/WRB Washington/NNP and/CC Seoul/NNP hold/VBP joint/JJ drills/NNS ,/, and/CC it/PRP has/VBZ repeated/VBN its/PRP$ threats/NNS to/TO turn/VB Seoul/NNP into/IN "/" a/DT sea/NN of/IN fire/NN "/" ./.
The/DT general/NN orders/VBZ his/PRP$ troops/NNS to/TO hold/VB the/DT line/NN at/IN all/DT costs/NNS ,/, according/VBG to/TO a/DT recording/NN obtained/VBN by/IN the/DT newspaper/NN ./.
Soldiers/NNS who/WP refused/VBD the/DT orders/NNS were/VBD arrested/VBN and/CC sent/VBN to/TO a/DT military/JJ prison/NN ,/, two/CD of/IN them/PRP told/VBD investigators/NNS ./.
Germany/NNP backs/VBZ the/DT plan/NN to/TO use/VB frozen/VBN Russian/JJ assets/NNS to/TO rebuild/VB Ukraine/NNP ,/, Chancellor/NNP Olaf/NNP Scholz/NNP said/VBD ,/, but/CC France/NNP has/VBZ raised/VBN legal/JJ concerns/NNS ./.
The/DT plans/NNS were/VBD drawn/VBN up/RP in/IN secret/NN and/CC were/VBD never/RB presented/VBN to/TO parliament/NN ,/, and/CC the/DT opposition/NN now/RB plans/VBZ to/TO challenge/VB them/PRP in/IN court/NN ./.
The/DT ministry/NN plans/VBZ to/TO build/VB three/CD new/JJ reception/NN centres/NNS for/IN migrants/NNS on/IN the/DT islands/NNS of/IN Lesbos/NNP ,/, Samos/NNP and/CC Chios/NNP ./.
Pope/NNP Francis/NNP visits/VBZ Iraq/NNP this/DT week/NN ,/, the/DT first/JJ papal/JJ trip/NN to/TO the/DT country/NN ,/, despite/IN the/DT security/NN risks/NNS and/CC the/DT pandemic/NN ./.
His/PRP$ visits/NNS to/TO the/DT front/NN have/VBP become/VBN rarer/JJR since/IN the/DT assassination/NN attempt/NN in/IN March/NNP ./.
The/DT party/NN supports/VBZ tighter/JJR border/NN controls/NNS but/CC opposes/VBZ the/DT deal/NN with/IN Rwanda/NNP ,/, its/PRP$ leader/NN said/VBD in/IN a/DT televised/VBN speech/NN ./.
Police/NNS are/VBP following/VBG several/JJ leads/NNS ,/, but/CC no/DT arrests/NNS have/VBP been/VBN made/VBN so/RB far/RB ,/, though/IN a/DT spokesman/NN said/VBD the/DT evidence/NN supports/VBZ the/DT theory/NN that/IN the/DT attacker/NN acted/VBD alone/RB ./.
Sweden/NNP leads/VBZ the/DT group/NN of/IN countries/NNS pushing/VBG for/IN a/DT special/JJ tribunal/NN to/TO try/VB Russian/JJ leaders/NNS for/IN the/DT crime/NN of/IN aggression/NN ./.
The/DT junta/NN that/WDT seized/VBD power/NN in/IN Niger/NNP in/IN July/NNP has/VBZ ordered/VBN French/JJ troops/NNS to/TO leave/VB the/DT country/NN by/IN the/DT end/NN of/IN the/DT year/NN ./.
France/NNP pulled/VBD out/RP its/PRP$ last/JJ soldiers/NNS in/IN December/NNP ,/, ending/VBG a/DT decade/NN of/IN counter-terrorism/NN operations/NNS in/IN the/DT Sahel/NNP ./.
Voters/NNS in/IN Taiwan/NNP go/VBP to/TO the/DT polls/NNS on/IN Saturday/NNP in/IN an/DT election/NN that/WDT Beijing/NNP has/VBZ described/VBN as/IN a/DT choice/NN between/IN peace/NN and/CC war/NN ./.
Turnout/NN was/VBD 62/CD per/IN cent/NN ,/, slightly/RB lower/JJR than/IN in/IN 2019/CD ,/, the/DT electoral/JJ commission/NN said/VBD ./.
The/DT opposition/NN candidate/NN refused/VBD to/TO concede/VB defeat/NN and/CC said/VBD the/DT vote/NN had/VBD been/VBN rigged/VBN ./.
Observers/NNS from/IN the/DT Organization/NNP for/IN Security/NNP and/CC Co-operation/NNP in/IN Europe/NNP reported/VBD ballot/NN stuffing/NN at/IN dozens/NNS of/IN polling/NN stations/NNS ./.
Hundreds/NNS of/IN people/NNS were/VBD detained/VBN as/IN riot/NN police/NNS broke/VBD up/RP the/DT rallies/NNS in/IN Minsk/NNP ,/, Grodno/NNP and/CC Brest/NNP ./.
The/DT protests/NNS began/VBD after/IN Lukashenko/NNP claimed/VBD a/DT landslide/NN victory/NN in/IN an/DT election/NN that/WDT the/DT opposition/NN says/VBZ was/VBD stolen/VBN ./.
Svetlana/NNP Tikhanovskaya/NNP ,/, who/WP fled/VBD to/TO Lithuania/NNP after/IN the/DT vote/NN ,/, has/VBZ called/VBN for/IN new/JJ elections/NNS and/CC the/DT release/NN of/IN all/DT political/JJ prisoners/NNS ./.
Israel/NNP has/VBZ not/RB stopped/VBN its/PRP$ strikes/NNS on/IN southern/JJ Lebanon/NNP ,/, even/RB after/IN the/DT two/CD sides/NNS agreed/VBD to/TO a/DT ceasefire/NN in/IN November/NNP ./.
If/IN Iran/NNP strikes/VBZ Israel/NNP again/RB ,/, the/DT response/NN will/MD be/VB swift/JJ and/CC painful/JJ ,/, the/DT defence/NN minister/NN warned/VBD ./.
Workers/NNS at/IN the/DT port/NN have/VBP been/VBN on/IN strike/NN since/IN Monday/NNP ,/, and/CC the/DT union/NN says/VBZ the/DT strikes/NNS will/MD spread/VB to/TO other/JJ docks/NNS ./.
The/DT United/NNP States/NNPS and/CC Britain/NNP carried/VBD out/RP strikes/NNS against/IN Houthi/NNP targets/NNS in/IN Yemen/NNP after/IN the/DT group/NN attacked/VBD commercial/JJ ships/NNS in/IN the/DT Red/NNP Sea/NNP ./.
The/DT Houthis/NNPS say/VBP their/PRP$ attacks/NNS are/VBP in/IN solidarity/NN with/IN Palestinians/NNPS in/IN Gaza/NNP and/CC will/MD continue/VB until/IN the/DT war/NN ends/VBZ ./.
A/DT suicide/NN bomber/NN blew/VBD himself/PRP up/RP at/IN the/DT entrance/NN of/IN a/DT mosque/NN in/IN Kunduz/NNP during/IN Friday/NNP prayers/NNS ,/, killing/VBG at/IN least/JJS 50/CD worshippers/NNS ./.
Islamic/NNP State/NNP claimed/VBD responsibility/NN for/IN the/DT attack/NN in/IN a/DT statement/NN posted/VBN on/IN its/PRP$ Amaq/NNP news/NN agency/NN ./.
The/DT Taliban/NNP ,/, who/WP returned/VBD to/TO power/NN in/IN August/NNP 2021/CD ,/, have/VBP vowed/VBN to/TO crush/VB the/DT group/NN but/CC have/VBP struggled/VBN to/TO contain/VB it/PRP ./.
Ms./NNP Harris/NNP ,/, speaking/VBG at/IN a/DT rally/NN in/IN Philadelphia/NNP ,/, said/VBD that/IN democracy/NN itself/PRP was/VBD on/IN the/DT ballot/NN ./.
The/DT Supreme/NNP Court/NNP ruled/VBD 6-3/CD that/IN former/JJ presidents/NNS enjoy/VBP broad/JJ immunity/NN from/IN prosecution/NN for/IN official/JJ acts/NNS ./.
Judge/NNP Tanya/NNP Chutkan/NNP set/VBD a/DT trial/NN date/NN of/IN March/NNP 4/CD ,/, rejecting/VBG a/DT defence/NN request/NN to/TO delay/VB the/DT case/NN until/IN 2026/CD ./.
The/DT ruling/NN could/MD force/VB the/DT government/NN to/TO rewrite/VB the/DT law/NN ,/, which/WDT allows/VBZ police/NNS to/TO hold/VB suspects/NNS for/IN up/IN to/TO 14/CD days/NNS without/IN charge/NN ./.
Police/NNS say/VBP the/DT man/NN ,/, a/DT 34-year-old/JJ Syrian/JJ national/NN ,/, had/VBD been/VBN known/VBN to/TO security/NN services/NNS for/IN years/NNS ./.
The/DT government/NN may/MD have/VB underestimated/VBN the/DT scale/NN of/IN the/DT crisis/NN ,/, the/DT report/NN concluded/VBD ./.
More/JJR than/IN 6/CD million/CD Ukrainians/NNPS are/VBP living/VBG as/IN refugees/NNS in/IN Europe/NNP ,/, according/VBG to/TO the/DT UN/NNP refugee/NN agency/NN ,/, UNHCR/NNP ./.
Poland/NNP ,/, which/WDT took/VBD in/RP more/JJR refugees/NNS than/IN any/DT other/JJ country/NN ,/, has/VBZ begun/VBN to/TO cut/VB some/DT of/IN the/DT benefits/NNS it/PRP offered/VBD them/PRP ./.
The/DT boat/NN ,/, which/WDT was/VBD carrying/VBG about/RB 400/CD migrants/NNS from/IN Libya/NNP ,/, capsized/VBD off/IN the/DT coast/NN of/IN Greece/NNP before/IN dawn/NN ./.
Only/RB 104/CD people/NNS were/VBD rescued/VBN ,/, and/CC the/DT coast/NN guard/NN said/VBD it/PRP did/VBD not/RB expect/VB to/TO find/VB more/JJR survivors/NNS ./.
Mexico/NNP 's/POS president/NN has/VBZ sent/VBN 10,000/CD National/NNP Guard/NNP troops/NNS to/TO the/DT northern/JJ border/NN under/IN pressure/NN from/IN Washington/NNP ./.
The/DT White/NNP House/NNP will/MD pressure/VB Congress/NNP to/TO approve/VB the/DT aid/NN package/NN before/IN the/DT Christmas/NNP recess/NN ,/, a/DT spokesman/NN said/VBD ./.
Lawmakers/NNS have/VBP come/VBN under/IN intense/JJ pressure/NN from/IN farmers/NNS ,/, who/WP blocked/VBD motorways/NNS with/IN tractors/NNS for/IN three/CD days/NNS ./.
China/NNP is/VBZ pressuring/VBG the/DT Philippines/NNPS to/TO remove/VB a/DT grounded/VBN warship/NN from/IN the/DT Second/NNP Thomas/NNP Shoal/NNP ,/, Manila/NNP said/VBD ./.
Chinese/JJ coast/NN guard/NN vessels/NNS fired/VBD water/NN cannon/NN at/IN a/DT Philippine/JJ supply/NN boat/NN ,/, injuring/VBG several/JJ crew/NN members/NNS ./.
The/DT forces/NNS loyal/JJ to/TO General/NNP Khalifa/NNP Haftar/NNP control/VBP most/JJS of/IN eastern/JJ Libya/NNP and/CC the/DT country/NN 's/POS main/JJ oil/NN fields/NNS ./.
The/DT economic/JJ crisis/NN forces/VBZ thousands/NNS of/IN young/JJ Lebanese/NNPS to/TO emigrate/VB every/DT year/NN ,/, and/CC the/DT collapse/NN of/IN the/DT currency/NN forces/VBZ many/JJ of/IN those/DT who/WP stay/VBP to/TO work/VB two/CD jobs/NNS ./.
The/DT Rapid/NNP Support/NNP Forces/NNPS ,/, a/DT paramilitary/JJ group/NN ,/, have/VBP been/VBN fighting/VBG the/DT Sudanese/JJ army/NN since/IN April/NNP 2023/CD ./.
The/DT agency/NN calls/VBZ on/IN donors/NNS to/TO fund/VB its/PRP$ appeal/NN ,/, which/WDT is/VBZ only/RB 15/CD percent/NN funded/VBN ./.
Calls/NNS for/IN an/DT independent/JJ investigation/NN have/VBP grown/VBN louder/JJR since/IN the/DT video/NN was/VBD posted/VBN online/RB ./.
The/DT minister/NN did/VBD not/RB return/VB calls/NNS seeking/VBG comment/NN ./.
Ukrainian/JJ troops/NNS have/VBP pulled/VBN back/RB from/IN Avdiivka/NNP to/TO avoid/VB being/VBG encircled/VBN ,/, the/DT army/NN 's/POS commander/NN said/VBD early/RB on/IN Saturday/NNP ./.
Russian/JJ forces/NNS have/VBP been/VBN advancing/VBG slowly/RB around/IN Pokrovsk/NNP ,/, a/DT logistics/NNS hub/NN in/IN the/DT Donetsk/NNP region/NN ./.
"/" The/DT situation/NN is/VBZ difficult/JJ ,/, but/CC it/PRP is/VBZ under/IN control/NN "/" ,/, the/DT spokesman/NN said/VBD ./.
The/DT bodies/NNS of/IN 12/CD civilians/NNS ,/, some/DT with/IN their/PRP$ hands/NNS tied/VBN ,/, were/VBD found/VBN in/IN a/DT mass/JJ grave/NN near/IN the/DT village/NN ./.
Amnesty/NNP International/NNP accused/VBD both/DT sides/NNS of/IN war/NN crimes/NNS and/CC urged/VBD the/DT International/NNP Criminal/NNP Court/NNP to/TO investigate/VB ./.
The/DT court/NN issued/VBD an/DT arrest/NN warrant/NN for/IN Vladimir/NNP Putin/NNP in/IN March/NNP 2023/CD over/IN the/DT deportation/NN of/IN Ukrainian/JJ children/NNS ./.
Moscow/NNP does/VBZ not/RB recognise/VB the/DT court/NN 's/POS jurisdiction/NN and/CC has/VBZ called/VBN the/DT warrant/NN "/" null/JJ and/CC void/JJ "/" ./.
Neither/CC the/DT army/NN nor/CC the/DT rebels/NNS responded/VBD to/TO requests/NNS for/IN comment/NN ,/, but/CC a/DT UN/NNP report/NN says/VBZ a/DT neighbouring/VBG state/NN arms/VBZ the/DT rebels/NNS and/CC pays/VBZ their/PRP$ salaries/NNS ./.
Diplomats/NNS said/VBD the/DT draft/NN resolution/NN ,/, which/WDT calls/VBZ for/IN an/DT immediate/JJ humanitarian/JJ pause/NN ,/, was/VBD likely/JJ to/TO be/VB vetoed/VBN by/IN Washington/NNP ./.
The/DT vote/NN was/VBD 13/CD in/IN favour/NN ,/, with/IN Britain/NNP and/CC Russia/NNP abstaining/VBG ./.
Thousands/NNS marched/VBD through/IN central/JJ London/NNP on/IN Saturday/NNP ,/, waving/VBG flags/NNS and/CC chanting/VBG slogans/NNS against/IN the/DT war/NN ./.
Organisers/NNS put/VBD the/DT number/NN at/IN 300,000/CD ,/, while/IN the/DT Metropolitan/NNP Police/NNP estimated/VBD the/DT crowd/NN at/IN around/RB 100,000/CD ./.
The/DT army/NN said/VBD it/PRP had/VBD intercepted/VBN a/DT ballistic/JJ missile/NN fired/VBN from/IN Yemen/NNP toward/IN the/DT city/NN of/IN Eilat/NNP ./.
Sirens/NNS sounded/VBD across/IN central/JJ Israel/NNP ,/, sending/VBG residents/NNS running/VBG to/TO shelters/NNS ./.
Venezuela/NNP 's/POS opposition/NN says/VBZ its/PRP$ candidate/NN ,/, Edmundo/NNP Gonzalez/NNP ,/, won/VBD the/DT July/NNP vote/NN by/IN a/DT wide/JJ margin/NN and/CC has/VBZ published/VBN tally/NN sheets/NNS to/TO prove/VB it/PRP ./.
The/DT electoral/JJ council/NN ,/, which/WDT is/VBZ controlled/VBN by/IN allies/NNS of/IN President/NNP Nicolas/NNP Maduro/NNP ,/, has/VBZ not/RB released/VBN a/DT detailed/JJ breakdown/NN of/IN the/DT results/NNS ./.
Armenia/NNP and/CC Azerbaijan/NNP have/VBP agreed/VBN on/IN the/DT text/NN of/IN a/DT peace/NN treaty/NN ,/, but/CC it/PRP has/VBZ not/RB yet/RB been/VBN signed/VBN ,/, and/CC Baku/NNP insists/VBZ that/IN Armenia/NNP must/MD first/RB change/VB its/PRP$ constitution/NN ./.
Baku/NNP regained/VBD full/JJ control/NN of/IN Nagorno-Karabakh/NNP in/IN a/DT lightning/NN offensive/NN in/IN September/NNP 2023/CD ,/, prompting/VBG almost/RB the/DT entire/JJ ethnic/JJ Armenian/JJ population/NN of/IN the/DT region/NN to/TO flee/VB across/IN the/DT mountains/NNS ./.
What/WP happens/VBZ next/RB depends/VBZ largely/RB on/IN whether/IN Moscow/NNP is/VBZ willing/JJ to/TO compromise/VB on/IN the/DT territories/NNS it/PRP has/VBZ occupied/VBN since/IN 2022/CD ,/, a/DT senior/JJ Western/JJ diplomat/NN said/VBD on/IN condition/NN of/IN anonymity/NN ./.
The/DT sanctions/NNS have/VBP not/RB stopped/VBN Russia/NNP from/IN selling/VBG its/PRP$ oil/NN abroad/RB ,/, but/CC they/PRP have/VBP forced/VBN Moscow/NNP to/TO accept/VB lower/JJR prices/NNS and/CC to/TO rely/VB on/IN an/DT ageing/VBG fleet/NN of/IN tankers/NNS ./.
Opposition/NN leader/NN Kizza/NNP Besigye/NNP was/VBD abducted/VBN in/IN Nairobi/NNP and/CC taken/VBN to/TO a/DT military/JJ court/NN in/IN Kampala/NNP ,/, his/PRP$ wife/NN said/VBD in/IN a/DT post/NN on/IN social/JJ media/NNS ./.
A/DT spokesman/NN for/IN the/DT Ugandan/JJ army/NN said/VBD the/DT charges/NNS against/IN him/PRP related/VBD to/TO the/DT illegal/JJ possession/NN of/IN firearms/NNS and/CC that/IN he/PRP would/MD be/VB given/VBN a/DT fair/JJ trial/NN ./.
Nine/CD soldiers/NNS and/CC two/CD police/NN officers/NNS died/VBD when/WRB their/PRP$ convoy/NN was/VBD ambushed/VBN on/IN a/DT dirt/NN road/NN in/IN the/DT province/NN of/IN Cabo/NNP Delgado/NNP ,/, where/WRB an/DT insurgency/NN has/VBZ raged/VBN since/IN 2017/CD ./.
No/DT group/NN has/VBZ claimed/VBN the/DT ambush/NN ,/, but/CC suspicion/NN quickly/RB fell/VBD on/IN insurgents/NNS linked/VBN to/TO Islamic/NNP State/NNP ./.
The/DT foreign/JJ ministers/NNS of/IN the/DT Group/NNP of/IN Seven/NNP met/VBD on/IN the/DT island/NN of/IN Capri/NNP to/TO coordinate/VB their/PRP$ response/NN to/TO the/DT crisis/NN in/IN the/DT Middle/NNP East/NNP and/CC to/TO discuss/VB new/JJ measures/NNS against/IN Iran/NNP ./.
They/PRP urged/VBD Iran/NNP and/CC Israel/NNP to/TO avoid/VB a/DT spiral/NN of/IN violence/NN that/WDT could/MD draw/VB in/RP the/DT whole/JJ region/NN ./.
Iranian/JJ state/NN media/NNS said/VBD air/NN defences/NNS had/VBD shot/VBN down/RP several/JJ small/JJ drones/NNS over/IN Isfahan/NNP ,/, and/CC that/IN there/EX had/VBD been/VBN no/DT damage/NN to/TO nuclear/JJ sites/NNS in/IN the/DT province/NN ./.
"/" There/EX is/VBZ no/DT military/JJ solution/NN to/TO this/DT conflict/NN ,/, and/CC everyone/NN at/IN this/DT table/NN knows/VBZ it/PRP "/" ,/, the/DT envoy/NN said/VBD at/IN the/DT opening/NN of/IN the/DT conference/NN ./.
The/DT bombing/NN of/IN the/DT hospital/NN ,/, which/WDT killed/VBD 19/CD patients/NNS and/CC two/CD nurses/NNS ,/, drew/VBD condemnation/NN from/IN around/IN the/DT world/NN ./.
Warplanes/NNS bombed/VBD the/DT market/NN in/IN Idlib/NNP twice/RB in/IN one/CD hour/NN ,/, hitting/VBG rescuers/NNS who/WP had/VBD rushed/VBN to/TO the/DT scene/NN after/IN the/DT first/JJ strike/NN ./.
The/DT Syrian/NNP Observatory/NNP for/IN Human/NNP Rights/NNPS ,/, a/DT Britain-based/JJ monitoring/NN group/NN that/WDT relies/VBZ on/IN a/DT network/NN of/IN sources/NNS inside/IN the/DT country/NN ,/, said/VBD 27/CD people/NNS had/VBD been/VBN killed/VBN ./.
Bashar/NNP al-Assad/NNP fled/VBD to/TO Moscow/NNP after/IN rebels/NNS led/VBN by/IN Hayat/NNP Tahrir/NNP al-Sham/NNP entered/VBD Damascus/NNP in/IN December/NNP 2024/CD ,/, ending/VBG more/JJR than/IN five/CD decades/NNS of/IN rule/NN by/IN his/PRP$ family/NN ./.
The/DT new/JJ authorities/NNS have/VBP promised/VBN to/TO protect/VB minorities/NNS ,/, but/CC many/JJ Alawites/NNPS and/CC Christians/NNPS remain/VBP fearful/JJ ./.
The/DT president/NN leads/VBZ a/DT fragile/JJ coalition/NN of/IN five/CD parties/NNS that/WDT holds/VBZ a/DT majority/NN of/IN just/RB three/CD seats/NNS in/IN the/DT lower/JJR house/NN ,/, and/CC any/DT defection/NN could/MD bring/VB it/PRP down/RP ./.
He/PRP has/VBZ been/VBN accused/VBN of/IN packing/VBG the/DT courts/NNS with/IN loyalists/NNS and/CC of/IN using/VBG the/DT tax/NN authorities/NNS against/IN critics/NNS ,/, charges/NNS that/WDT he/PRP rejects/VBZ ./.
European/JJ leaders/NNS gathered/VBD in/IN Paris/NNP for/IN an/DT emergency/NN summit/NN after/IN Washington/NNP said/VBD it/PRP would/MD hold/VB direct/JJ talks/NNS with/IN Moscow/NNP without/IN them/PRP ./.
Ukraine/NNP will/MD not/RB accept/VB any/DT deal/NN that/WDT is/VBZ made/VBN behind/IN its/PRP$ back/NN ,/, President/NNP Volodymyr/NNP Zelensky/NNP said/VBD in/IN his/PRP$ nightly/JJ video/NN address/NN ./.
The/DT ship/NN ,/, which/WDT was/VBD flying/VBG a/DT Liberian/JJ flag/NN and/CC carrying/VBG fertiliser/NN to/TO India/NNP ,/, was/VBD hit/VBN by/IN two/CD missiles/NNS and/CC caught/VBD fire/NN ./.
Crew/NN members/NNS fought/VBD the/DT fire/NN for/IN six/CD hours/NNS before/IN abandoning/VBG the/DT vessel/NN ,/, and/CC they/PRP were/VBD later/RB picked/VBN up/RP by/IN a/DT French/JJ frigate/NN ./.
Tanks/NNS fire/VBP shells/NNS at/IN the/DT town/NN every/DT night/NN ,/, residents/NNS say/VBP ,/, and/CC most/JJS of/IN them/PRP now/RB sleep/VBP in/IN basements/NNS ./.
The/DT regime/NN bombs/VBZ civilian/JJ areas/NNS deliberately/RB and/CC systematically/RB ,/, a/DT UN/NNP commission/NN of/IN inquiry/NN found/VBD in/IN a/DT report/NN published/VBN on/IN Monday/NNP ./.
Two/CD Palestinian/JJ gunmen/NNS were/VBD shot/VBN dead/JJ after/IN they/PRP opened/VBD fire/NN at/IN a/DT bus/NN stop/NN at/IN the/DT entrance/NN to/TO Jerusalem/NNP ,/, killing/VBG three/CD people/NNS ,/, police/NNS said/VBD ./.
Washington/NNP has/VBZ long/RB argued/VBN that/IN the/DT Palestinian/NNP Authority/NNP should/MD play/VB a/DT role/NN in/IN governing/VBG Gaza/NNP after/IN the/DT war/NN ,/, an/DT idea/NN that/WDT the/DT Israeli/JJ prime/JJ minister/NN has/VBZ repeatedly/RB rejected/VBN ./.
Is/VBZ the/DT West/NNP prepared/VBN to/TO keep/VB paying/VBG for/IN the/DT war/NN ,/, or/CC will/MD it/PRP push/VB Kyiv/NNP into/IN a/DT ceasefire/NN on/IN Moscow/NNP 's/POS terms/NNS ?/.
The/DT Pentagon/NNP said/VBD it/PRP would/MD send/VB another/DT aircraft/NN carrier/NN to/TO the/DT eastern/JJ Mediterranean/NNP as/IN a/DT warning/NN to/TO Hezbollah/NNP and/CC its/PRP$ backers/NNS in/IN Tehran/NNP ./.
The/DT militia/NN warns/VBZ that/IN any/DT ground/NN incursion/NN into/IN Lebanon/NNP will/MD be/VB met/VBN with/IN force/NN ,/, and/CC its/PRP$ leader/NN says/VBZ the/DT group/NN attacks/VBZ only/RB military/JJ targets/NNS ./.
Sanctions/NNS alone/RB will/MD not/RB change/VB the/DT behaviour/NN of/IN the/DT regime/NN ,/, the/DT report/NN argues/VBZ ,/, but/CC they/PRP raise/VBP the/DT cost/NN of/IN aggression/NN and/CC limit/VBP its/PRP$ access/NN to/TO Western/JJ technology/NN ./.
Britain/NNP sanctions/VBZ individuals/NNS only/RB when/WRB there/EX is/VBZ clear/JJ evidence/NN of/IN wrongdoing/NN ,/, a/DT Foreign/NNP Office/NNP spokesman/NN said/VBD ./.
On/IN Monday/NNP ,/, it/PRP imposed/VBD asset/NN freezes/NNS and/CC travel/NN bans/NNS on/IN five/CD settlers/NNS accused/VBN of/IN attacking/VBG Palestinian/JJ farmers/NNS in/IN the/DT occupied/VBN West/NNP Bank/NNP during/IN the/DT olive/NN harvest/NN ./.
The/DT man/NN arrested/VBN on/IN Sunday/NNP is/VBZ suspected/VBN of/IN planning/VBG an/DT attack/NN on/IN a/DT Christmas/NNP market/NN in/IN the/DT city/NN centre/NN ,/, prosecutors/NNS said/VBD ./.
He/PRP was/VBD charged/VBN with/IN preparing/VBG a/DT serious/JJ act/NN of/IN violence/NN endangering/VBG the/DT state/NN and/CC will/MD remain/VB in/IN custody/NN until/IN his/PRP$ trial/NN ./.
Russia/NNP 's/POS Federal/NNP Security/NNP Service/NNP ,/, the/DT FSB/NNP ,/, said/VBD it/PRP had/VBD foiled/VBN a/DT plot/NN to/TO assassinate/VB a/DT senior/JJ officer/NN in/IN Moscow/NNP and/CC had/VBD detained/VBN two/CD suspects/NNS ./.
The/DT gunmen/NNS stormed/VBD the/DT concert/NN hall/NN ,/, shot/VBD dozens/NNS of/IN people/NNS ,/, set/VBD the/DT building/NN on/IN fire/NN and/CC fled/VBD in/IN a/DT white/JJ car/NN ./.
Investigators/NNS believe/VBP the/DT attackers/NNS were/VBD recruited/VBN online/RB and/CC paid/VBN for/IN the/DT job/NN ,/, and/CC that/IN one/CD of/IN them/PRP had/VBD made/VBN threats/NNS against/IN the/DT venue/NN on/IN social/JJ media/NNS weeks/NNS earlier/RBR ./.
The/DT president/NN rarely/RB visits/VBZ the/DT region/NN ,/, and/CC his/PRP$ trip/NN was/VBD kept/VBN secret/JJ until/IN he/PRP arrived/VBD at/IN the/DT airport/NN ./.
During/IN the/DT visit/NN ,/, he/PRP laid/VBD a/DT wreath/NN at/IN a/DT memorial/NN to/TO soldiers/NNS killed/VBN in/IN the/DT war/NN and/CC met/VBD families/NNS of/IN the/DT missing/JJ ./.
The/DT rebels/NNS have/VBP not/RB said/VBN whether/IN they/PRP will/MD take/VB part/NN in/IN the/DT next/JJ round/NN of/IN talks/NNS ,/, which/WDT is/VBZ scheduled/VBN for/IN March/NNP in/IN Geneva/NNP ./.
The/DT envoy/NN talks/VBZ regularly/RB with/IN both/DT sides/NNS and/CC has/VBZ visited/VBN Tehran/NNP three/CD times/NNS this/DT year/NN ,/, but/CC he/PRP says/VBZ he/PRP has/VBZ seen/VBN little/JJ progress/NN ./.
Thousands/NNS of/IN Georgians/NNPS protested/VBD outside/IN parliament/NN against/IN a/DT "/" foreign/JJ agents/NNS "/" bill/NN that/WDT critics/NNS say/VBP is/VBZ modelled/VBN on/IN a/DT Russian/JJ law/NN used/VBN to/TO silence/VB dissent/NN ./.
The/DT governing/VBG Georgian/NNP Dream/NNP party/NN says/VBZ the/DT bill/NN will/MD make/VB foreign/JJ funding/NN of/IN non-governmental/JJ groups/NNS more/RBR transparent/JJ ./.
Nobody/NN protests/VBZ louder/RBR than/IN the/DT students/NNS ,/, who/WP have/VBP camped/VBN outside/IN the/DT building/NN for/IN weeks/NNS ./.
The/DT navy/NN said/VBD its/PRP$ ships/NNS would/MD escort/VB grain/NN vessels/NNS leaving/VBG the/DT ports/NNS of/IN Odesa/NNP ,/, Chornomorsk/NNP and/CC Pivdennyi/NNP ./.
Russia/NNP pulled/VBD out/IN of/IN the/DT grain/NN deal/NN in/IN July/NNP 2023/CD ,/, saying/VBG that/IN its/PRP$ own/JJ exports/NNS of/IN food/NN and/CC fertiliser/NN were/VBD still/RB being/VBG blocked/VBN ./.
The/DT police/NNS chief/NN was/VBD sacked/VBN after/IN officers/NNS beat/VBD a/DT journalist/NN who/WP was/VBD covering/VBG the/DT demonstration/NN ,/, and/CC the/DT journalists/NNS '/POS union/NN protests/VBZ that/IN no/DT officer/NN has/VBZ been/VBN charged/VBN ./.
A/DT court/NN in/IN Hong/NNP Kong/NNP sentenced/VBD 45/CD pro-democracy/JJ activists/NNS to/TO up/IN to/TO 10/CD years/NNS in/IN prison/NN for/IN subversion/NN in/IN the/DT biggest/JJS trial/NN under/IN the/DT security/NN law/NN ./.
The/DT defendants/NNS were/VBD convicted/VBN of/IN conspiring/VBG to/TO subvert/VB state/NN power/NN by/IN holding/VBG an/DT unofficial/JJ primary/JJ election/NN in/IN 2020/CD ./.
"/" These/DT are/VBP not/RB criminals/NNS ;/: they/PRP are/VBP people/NNS who/WP wanted/VBD to/TO vote/VB "/" ,/, said/VBD a/DT relative/NN of/IN one/CD of/IN the/DT defendants/NNS ./.
The/DT coup/NN leaders/NNS have/VBP suspended/VBN the/DT constitution/NN ,/, dissolved/VBN the/DT government/NN and/CC closed/VBN the/DT country/NN 's/POS borders/NNS until/IN further/JJ notice/NN ./.
ECOWAS/NNP ,/, the/DT West/NNP African/JJ regional/JJ bloc/NN ,/, threatened/VBD military/JJ intervention/NN to/TO restore/VB the/DT ousted/VBN president/NN but/CC later/RB backed/VBD down/RP ./.
The/DT bloc/NN backs/VBZ a/DT transition/NN to/TO civilian/JJ rule/NN within/IN two/CD years/NNS and/CC has/VBZ lifted/VBN some/DT of/IN the/DT trade/NN sanctions/NNS it/PRP imposed/VBD after/IN the/DT coup/NN ./.
Militants/NNS attacked/VBD a/DT military/JJ base/NN in/IN northern/JJ Burkina/NNP Faso/NNP ,/, killing/VBG dozens/NNS of/IN soldiers/NNS and/CC volunteer/NN fighters/NNS ,/, security/NN sources/NNS said/VBD ./.
The/DT government/NN has/VBZ suspended/VBN several/JJ foreign/JJ broadcasters/NNS for/IN reporting/VBG on/IN the/DT attack/NN ,/, accusing/VBG them/PRP of/IN spreading/VBG terrorist/JJ propaganda/NN ./.
Moscow/NNP will/MD respond/VB if/IN NATO/NNP deploys/VBZ long-range/JJ missiles/NNS in/IN Germany/NNP ,/, Kremlin/NNP spokesman/NN Dmitry/NNP Peskov/NNP told/VBD reporters/NNS on/IN a/DT conference/NN call/NN ./.
The/DT alliance/NN has/VBZ said/VBN it/PRP does/VBZ not/RB seek/VB confrontation/NN with/IN Russia/NNP but/CC will/MD defend/VB every/DT inch/NN of/IN allied/JJ territory/NN ./.
Finland/NNP and/CC Sweden/NNP abandoned/VBD decades/NNS of/IN military/JJ non-alignment/NN and/CC joined/VBD the/DT alliance/NN after/IN Russia/NNP invaded/VBD Ukraine/NNP ./.
The/DT border/NN guard/NN said/VBD more/JJR than/IN 1,000/CD migrants/NNS had/VBD tried/VBN to/TO cross/VB from/IN Belarus/NNP into/IN Poland/NNP in/IN the/DT past/JJ week/NN ,/, many/JJ of/IN them/PRP at/IN night/NN and/CC in/IN large/JJ groups/NNS ./.
Warsaw/NNP accuses/VBZ Minsk/NNP of/IN flying/VBG in/RP migrants/NNS from/IN the/DT Middle/NNP East/NNP and/CC pushing/VBG them/PRP toward/IN the/DT frontier/NN ,/, a/DT charge/NN that/WDT Belarus/NNP denies/VBZ ./.
A/DT Polish/JJ soldier/NN was/VBD stabbed/VBN through/IN the/DT fence/NN and/CC later/RB died/VBD of/IN his/PRP$ wounds/NNS in/IN a/DT hospital/NN in/IN Warsaw/NNP ./.
The/DT peacekeepers/NNS ,/, who/WP have/VBP been/VBN deployed/VBN in/IN the/DT country/NN since/IN 2013/CD ,/, are/VBP due/JJ to/TO leave/VB by/IN the/DT end/NN of/IN June/NNP ./.
The/DT opposition/NN fears/VBZ that/IN the/DT withdrawal/NN will/MD leave/VB a/DT security/NN vacuum/NN that/WDT armed/JJ groups/NNS will/MD quickly/RB fill/VB ./.
India/NNP and/CC Pakistan/NNP agreed/VBD to/TO a/DT ceasefire/NN after/IN four/CD days/NNS of/IN missile/NN and/CC drone/NN strikes/NNS ,/, the/DT worst/JJS fighting/NN between/IN the/DT nuclear-armed/JJ neighbours/NNS in/IN decades/NNS ./.
New/NNP Delhi/NNP blamed/VBD Pakistan-based/JJ militants/NNS for/IN the/DT massacre/NN of/IN 26/CD tourists/NNS in/IN Kashmir/NNP ,/, an/DT accusation/NN that/WDT Islamabad/NNP rejected/VBD as/IN baseless/JJ ./.
Both/CC the/DT army/NN and/CC the/DT police/NNS were/VBD put/VBN on/IN high/JJ alert/NN ahead/RB of/IN the/DT verdict/NN ,/, which/WDT is/VBZ expected/VBN on/IN Thursday/NNP morning/NN ./.
All/PDT the/DT hostages/NNS were/VBD released/VBN unharmed/JJ on/IN Thursday/NNP after/IN a/DT ransom/NN was/VBD paid/VBN ,/, a/DT local/JJ official/NN told/VBD AFP/NNP ./.
Gunmen/NNS abducted/VBD more/JJR than/IN 280/CD pupils/NNS from/IN a/DT school/NN in/IN Kaduna/NNP state/NN ,/, the/DT latest/JJS in/IN a/DT wave/NN of/IN mass/JJ kidnappings/NNS in/IN northern/JJ Nigeria/NNP ./.
Why/WRB did/VBD the/DT government/NN wait/VB so/RB long/RB before/IN sending/VBG troops/NNS ?/.
Residents/NNS said/VBD the/DT soldiers/NNS arrived/VBD only/RB after/IN the/DT kidnappers/NNS had/VBD left/VBN with/IN the/DT children/NNS ,/, and/CC that/IN nobody/NN had/VBD answered/VBN their/PRP$ calls/NNS for/IN help/NN during/IN the/DT night/NN ./.
The/DT Israeli/JJ military/NN ordered/VBD residents/NNS of/IN eastern/JJ Khan/NNP Younis/NNP to/TO move/VB to/TO a/DT designated/VBN humanitarian/JJ zone/NN on/IN the/DT coast/NN ./.
The/DT evacuation/NN orders/NNS now/RB cover/VBP more/JJR than/IN 80/CD percent/NN of/IN the/DT territory/NN ,/, the/DT UN/NNP said/VBD ,/, leaving/VBG almost/RB two/CD million/CD people/NNS squeezed/VBN into/IN a/DT narrow/JJ strip/NN of/IN land/NN ./.
South/NNP Korea/NNP 's/POS president/NN declared/VBD martial/JJ law/NN late/RB on/IN Tuesday/NNP ,/, only/RB to/TO lift/VB it/PRP six/CD hours/NNS later/RB after/IN lawmakers/NNS voted/VBD against/IN it/PRP ./.
He/PRP was/VBD impeached/VBN two/CD weeks/NNS later/RB and/CC removed/VBN from/IN office/NN by/IN the/DT Constitutional/NNP Court/NNP in/IN April/NNP ./.
The/DT interior/JJ minister/NN resigned/VBD on/IN Friday/NNP ,/, saying/VBG he/PRP had/VBD lost/VBN the/DT confidence/NN of/IN the/DT prime/JJ minister/NN ./.
A/DT new/JJ government/NN is/VBZ expected/VBN to/TO be/VB sworn/VBN in/RP next/JJ week/NN ./.
The/DT United/NNP States/NNPS has/VBZ offered/VBN a/DT reward/NN of/IN up/IN to/TO $/$ 10/CD million/CD for/IN information/NN leading/VBG to/TO his/PRP$ arrest/NN or/CC conviction/NN ./.
Colombian/JJ troops/NNS killed/VBD a/DT dissident/JJ FARC/NNP commander/NN in/IN a/DT bombing/NN raid/NN in/IN the/DT jungle/NN near/IN the/DT Venezuelan/JJ border/NN ,/, the/DT defence/NN ministry/NN said/VBD ./.
The/DT peace/NN deal/NN signed/VBN in/IN 2016/CD ended/VBD more/JJR than/IN half/PDT a/DT century/NN of/IN war/NN ,/, but/CC violence/NN has/VBZ returned/VBN to/TO many/JJ rural/JJ areas/NNS where/WRB armed/JJ groups/NNS fight/VBP over/IN cocaine/NN routes/NNS ./.
The/DT ambassador/NN was/VBD summoned/VBN to/TO the/DT foreign/JJ ministry/NN and/CC handed/VBN a/DT formal/JJ protest/NN ./.
Beijing/NNP protests/VBZ every/DT time/NN a/DT U.S./NNP warship/NN sails/VBZ through/IN the/DT Taiwan/NNP Strait/NNP ./.
The/DT two/CD leaders/NNS spoke/VBD by/IN phone/NN for/IN more/JJR than/IN an/DT hour/NN ,/, their/PRP$ first/JJ conversation/NN since/IN the/DT summit/NN in/IN November/NNP ./.
They/PRP discussed/VBD trade/NN ,/, fentanyl/NN and/CC the/DT war/NN in/IN Ukraine/NNP ,/, according/VBG to/TO a/DT readout/NN released/VBN by/IN the/DT White/NNP House/NNP ./.
Mr./NNP Xi/NNP warned/VBD that/IN Taiwan/NNP was/VBD "/" the/DT first/JJ red/JJ line/NN that/WDT must/MD not/RB be/VB crossed/VBN "/" ./.
The/DT militants/NNS ,/, armed/VBN with/IN rifles/NNS and/CC grenades/NNS ,/, held/VBD the/DT hotel/NN for/IN nearly/RB 20/CD hours/NNS before/IN special/JJ forces/NNS stormed/VBD the/DT building/NN ./.
Police/NNS have/VBP charged/VBN a/DT 19-year-old/JJ man/NN with/IN attempted/VBN murder/NN after/IN a/DT knife/NN attack/NN near/IN a/DT synagogue/NN in/IN Manchester/NNP ./.
The/DT attack/NN came/VBD days/NNS after/IN the/DT government/NN raised/VBD the/DT national/JJ threat/NN level/NN to/TO "/" severe/JJ "/" ,/, meaning/VBG that/IN an/DT attack/NN is/VBZ considered/VBN highly/RB likely/JJ ./.
Ethiopia/NNP 's/POS government/NN and/CC Tigrayan/JJ forces/NNS signed/VBD a/DT truce/NN in/IN Pretoria/NNP in/IN November/NNP 2022/CD ,/, ending/VBG two/CD years/NNS of/IN war/NN ./.
The/DT deal/NN did/VBD not/RB address/VB the/DT status/NN of/IN western/JJ Tigray/NNP ,/, which/WDT remains/VBZ under/IN the/DT control/NN of/IN Amhara/NNP forces/NNS ./.
The/DT European/NNP Commission/NNP is/VBZ expected/VBN to/TO propose/VB tariffs/NNS on/IN Russian/JJ and/CC Belarusian/JJ fertiliser/NN imports/NNS later/RB this/DT month/NN ./.
The/DT leaders/NNS will/MD also/RB discuss/VB how/WRB to/TO finance/VB Ukraine/NNP 's/POS defence/NN in/IN 2026/CD and/CC 2027/CD ,/, when/WRB the/DT current/JJ European/JJ funding/NN runs/VBZ out/RP ./.
Zelensky/NNP dismissed/VBD the/DT commander/NN of/IN the/DT armed/JJ forces/NNS ,/, General/NNP Valery/NNP Zaluzhny/NNP ,/, after/IN months/NNS of/IN tension/NN over/IN strategy/NN and/CC mobilisation/NN ./.
Zaluzhny/NNP was/VBD later/RB appointed/VBN ambassador/NN to/TO Britain/NNP ./.
The/DT Ukrainian/JJ army/NN fires/VBZ about/RB 2,000/CD artillery/NN shells/NNS a/DT day/NN ,/, compared/VBN with/IN up/IN to/TO 10,000/CD on/IN the/DT Russian/JJ side/NN ,/, officials/NNS estimate/VBP ./.
European/JJ ammunition/NN production/NN has/VBZ increased/VBN sharply/RB ,/, but/CC it/PRP still/RB falls/VBZ short/RB of/IN what/WP Kyiv/NNP needs/VBZ ./.
The/DT truce/NN collapsed/VBD within/IN hours/NNS ,/, with/IN each/DT side/NN blaming/VBG the/DT other/JJ for/IN the/DT first/JJ shots/NNS ./.
Rescue/NN teams/NNS were/VBD still/RB searching/VBG the/DT rubble/NN on/IN Sunday/NNP for/IN survivors/NNS of/IN the/DT missile/NN strike/NN on/IN a/DT block/NN of/IN flats/NNS in/IN Dnipro/NNP ./.
The/DT death/NN toll/NN rose/VBD to/TO 46/CD ,/, including/VBG six/CD children/NNS ,/, the/DT regional/JJ governor/NN said/VBD on/IN Telegram/NNP ./.
The/DT talks/NNS will/MD resume/VB next/JJ week/NN ,/, but/CC neither/DT side/NN expects/VBZ a/DT breakthrough/NN ,/, and/CC diplomats/NNS say/VBP the/DT mediators/NNS will/MD pressure/VB both/DT delegations/NNS to/TO agree/VB at/IN least/JJS on/IN a/DT prisoner/NN exchange/NN ./.
